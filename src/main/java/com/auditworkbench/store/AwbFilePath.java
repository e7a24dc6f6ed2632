package com.auditworkbench.store;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * Lets H2 keep a workbench in a file named {@code NAME.awb} rather than {@code NAME.mv.db}. The database is
 * opened as {@code awb:NAME}; the file H2 then asks for, {@code NAME.mv.db}, is mapped to {@code NAME.awb}, and
 * back, so the two names correspond one to one. Registered once, under the scheme {@value #SCHEME}.
 */
public final class AwbFilePath extends FilePathWrapper {

    static final String SCHEME = "awb";
    static final String EXTENSION = ".awb";
    private static final String H2_SUFFIX = ".mv.db";
    private static volatile boolean registered;

    static synchronized void register() {
        if (!registered) {
            FilePath.register(new AwbFilePath());
            registered = true;
        }
    }

    /** The database name to put in the JDBC URL for a workbench file. */
    static String databaseName(java.nio.file.Path workbench) {
        String path = workbench.toString();
        return SCHEME + ":" + path.substring(0, path.length() - EXTENSION.length());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FilePathWrapper wrap(FilePath base) {
        if (base == null) {
            return null;
        }
        String name = base.toString();
        return getPath(getPrefix() + (name.endsWith(EXTENSION) ? swap(name, EXTENSION, H2_SUFFIX) : name));
    }

    @Override
    protected FilePath unwrap(String fileName) {
        String path = fileName.substring(SCHEME.length() + 1);
        return FilePath.get(path.endsWith(H2_SUFFIX) ? swap(path, H2_SUFFIX, EXTENSION) : path);
    }

    private static String swap(String name, String suffix, String replacement) {
        return name.substring(0, name.length() - suffix.length()) + replacement;
    }
}
