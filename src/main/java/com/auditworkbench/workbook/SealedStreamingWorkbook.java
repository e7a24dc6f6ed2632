package com.auditworkbench.workbook;

import java.io.FileOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streaming workbook whose temporary data is never plaintext on disk: the rows a sheet flushes go to a
 * temporary file gzip-compressed and then encrypted with POI's {@link SheetDataWriterWithDecorator} (AES under a
 * random key held only in memory), and the rest of the workbook is written without a temporary file. A crash in the
 * middle of an export leaves ciphertext whose key died with the process.
 */
public final class SealedStreamingWorkbook extends SXSSFWorkbook {

    private static final String POI_FOLDER_PREFIX = "poi-";

    private static Logger log() {
        return LoggerFactory.getLogger(SealedStreamingWorkbook.class);
    }

    public SealedStreamingWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new CompressedSealedSheetData();
    }

    /** Writes the finished workbook; the template part goes through memory, not a temporary file. */
    @Override
    public void write(OutputStream stream) throws IOException {
        writeAvoidingTempFiles(stream);
    }

    /**
     * POI's temporary files go to {@code folder/poi-PID/} from now on; the folders of processes no longer running
     * (a crash) are removed first. Returns how many folders were removed.
     */
    public static int useTemporaryFolder(Path folder) {
        int removed = 0;
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, POI_FOLDER_PREFIX + "*")) {
                for (Path entry : entries) {
                    String pid = entry.getFileName().toString().substring(POI_FOLDER_PREFIX.length());
                    boolean alive = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid))
                            .map(ProcessHandle::isAlive).orElse(false);
                    if (!alive) {
                        deleteTree(entry);
                        removed++;
                    }
                }
            }
            Path own = folder.resolve(POI_FOLDER_PREFIX + ProcessHandle.current().pid());
            Files.createDirectories(own);
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(own.toFile()));
        } catch (IOException | RuntimeException e) {
            log().warn("POI's temporary folder {} could not be set up; the system's is used", folder, e);
        }
        return removed;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Compressed first (XML compresses well, ciphertext does not), then encrypted. */
    private static final class CompressedSealedSheetData extends SheetDataWriterWithDecorator {

        CompressedSealedSheetData() throws IOException {
            super();
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) {
            try {
                return new GZIPOutputStream(super.decorateOutputStream(fos), 1 << 13);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) {
            try {
                return new GZIPInputStream(super.decorateInputStream(fis), 1 << 13);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
