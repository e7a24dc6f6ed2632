package com.auditworkbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into the application. */
public final class ApplicationVersion {

    private ApplicationVersion() {
    }

    public static String current() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/awb-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }
}
