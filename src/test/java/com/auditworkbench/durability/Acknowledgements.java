package com.auditworkbench.durability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a killed {@link EditingAuditor} acknowledged: the value of each change whose call returned, by "kind key", and
 * the one call the kill may have interrupted. A line the kill cut short has no end mark and counts for nothing.
 */
record Acknowledgements(Map<String, String> values, int count, String inFlightKey, String inFlightValue) {

    static Acknowledgements of(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        int count = 0;
        String[] begun = null;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length != 5 || !f[4].equals(EditingAuditor.END)) {
                continue;
            }
            if (f[0].equals("BEGIN")) {
                begun = f;
            } else if (f[0].equals("ACK")) {
                count++;
                begun = null;
                if (f[1].equals("follow-up")) {
                    values.put("follow-up " + f[3], f[2]);
                } else {
                    values.put(f[1] + " " + f[2], f[3]);
                }
            }
        }
        return begun == null ? new Acknowledgements(values, count, null, null)
                : new Acknowledgements(values, count, begun[1] + " " + begun[2], begun[3]);
    }
}
