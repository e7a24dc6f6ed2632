package com.auditworkbench.workbook;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook that came from outside the workbench (a returned questionnaire, the city's register), opened under
 * the limits of its kind. Every limit on untrusted workbooks lives here: the file must be a regular file (a FIFO, a
 * device or a link to one is refused before it is opened, as reading it would never end) of bounded size; POI's zip
 * limits stop bombs; each part read is counted and stopped at its limit; a sheet is streamed row by row and stopped
 * at the row and column limits. Nothing is inflated whole: a caller reads the parts it needs.
 */
public final class UntrustedWorkbook implements Closeable {

    /**
     * What may be read from one kind of file. {@code maxPartBytes} bounds each inflated part (a sheet, the shared
     * strings) actually read; {@code maxRows} and {@code maxColumns} bound a sheet as written.
     */
    public record Limits(long maxFileBytes, long maxPartBytes, int maxRows, int maxColumns) {
    }

    /** A questionnaire of 60 questions is about 20 KB; even with long comments, 10 MB is far beyond any. */
    public static final Limits QUESTIONNAIRE = new Limits(10L * 1024 * 1024, 16L * 1024 * 1024, 10_000, 16);
    /**
     * A register of 20,000 entries is about 2 MB as .xlsx and inflates to about 25 MB of sheet XML; the limits
     * leave room for ten times that and stop there.
     */
    public static final Limits REGISTER = new Limits(20L * 1024 * 1024, 256L * 1024 * 1024, 100_000, 256);

    /** Ordinary XML inflates at most about 1:100; a zip bomb far more. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest part any kind may read: the zip layer refuses larger ones before any kind's own count does. */
    static final long MAX_ENTRY_BYTES = REGISTER.maxPartBytes();
    /** Text POI's extractors may build; we never extract whole-file text, so this is only a backstop. */
    static final long MAX_TEXT_CHARS = 64L * 1024 * 1024;
    /** A workbook saved by Excel holds a few dozen parts; thousands are a sign of a crafted file. */
    static final long MAX_ZIP_ENTRIES = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(UntrustedWorkbook.class);
    private static final String ENCRYPTION_INFO = "EncryptionInfo";
    private static final String ZIP_LIMIT_MARKER = "ZipSecureFile";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    static {
        // POI keeps these limits process-wide; they are set here, once, and nowhere else.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /** Why a file was not read. */
    public enum Refusal {
        MISSING,
        NOT_A_FILE,
        TOO_LARGE,
        UNREADABLE,
        ENCRYPTED,
        LEGACY_FORMAT,
        NOT_WORKBOOK,
        DAMAGED,
        ZIP_BOMB,
        TOO_MANY_ROWS,
        TOO_MANY_COLUMNS
    }

    /** A file refused, with the reason and, for a file too large, its size. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;
        private final long size;

        RefusedException(Refusal refusal, long size, Throwable cause) {
            super(refusal.name(), cause, false, false);
            this.refusal = refusal;
            this.size = size;
        }

        RefusedException(Refusal refusal) {
            this(refusal, 0, null);
        }

        public Refusal refusal() {
            return refusal;
        }

        public long size() {
            return size;
        }
    }

    /** Thrown by a sheet handler to end reading a sheet early, once it has read what it expects. */
    public static final class StopReading extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public StopReading() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    private final Limits limits;
    private final OPCPackage opc;
    private final XSSFReader reader;

    private UntrustedWorkbook(Path file, Limits limits, OPCPackage opc, XSSFReader reader) {
        this.file = file;
        this.limits = limits;
        this.opc = opc;
        this.reader = reader;
    }

    /**
     * Checks the file without opening it: it must exist and be a regular file (a link to one is followed) no larger
     * than the limit. A FIFO or a device is refused here, as reading one may block or never end.
     *
     * @return the file's size
     */
    public static long checkFile(Path file, long maxBytes) throws RefusedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RefusedException(Refusal.MISSING, 0, e);
        } catch (IOException | SecurityException e) {
            throw new RefusedException(Refusal.UNREADABLE, 0, e);
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedException(Refusal.NOT_A_FILE);
        }
        if (attributes.size() > maxBytes) {
            throw new RefusedException(Refusal.TOO_LARGE, attributes.size(), null);
        }
        return attributes.size();
    }

    /** The first bytes of a checked file, to tell a workbook from anything else. */
    public static FileMagic magic(Path file) throws RefusedException {
        try (InputStream in = Files.newInputStream(file)) {
            return FileMagic.valueOf(in.readNBytes(8));
        } catch (IOException e) {
            throw new RefusedException(Refusal.UNREADABLE, 0, e);
        }
    }

    /** Checks the file, then opens it as an .xlsx workbook for reading; the caller closes it. */
    public static UntrustedWorkbook open(Path file, Limits limits) throws RefusedException {
        checkFile(file, limits.maxFileBytes());
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            throw new RefusedException(oleKind(file));
        }
        if (magic != FileMagic.OOXML) {
            throw new RefusedException(Refusal.NOT_WORKBOOK);
        }
        OPCPackage opc = null;
        try {
            opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (opc.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
                    && opc.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
                throw new RefusedException(Refusal.NOT_WORKBOOK);
            }
            UntrustedWorkbook workbook = new UntrustedWorkbook(file, limits, opc, new XSSFReader(opc));
            opc = null;
            return workbook;
        } catch (RefusedException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            LOG.info("{} is a zip file but no workbook", file, e);
            throw new RefusedException(exceedsZipLimits(e) ? Refusal.ZIP_BOMB : Refusal.NOT_WORKBOOK, 0, e);
        } catch (EncryptedDocumentException e) {
            throw new RefusedException(Refusal.ENCRYPTED, 0, e);
        } catch (Exception e) {
            Refusal refusal = exceedsZipLimits(e) ? Refusal.ZIP_BOMB
                    : holdsWorkbookParts(file) ? Refusal.DAMAGED : Refusal.NOT_WORKBOOK;
            LOG.info("{} could not be opened: {}", file, refusal, e);
            throw new RefusedException(refusal, 0, e);
        } finally {
            if (opc != null) {
                opc.revert();
            }
        }
    }

    /** An OLE2 file is either an encrypted xlsx (it holds EncryptionInfo) or an old .xls workbook. */
    private static Refusal oleKind(Path file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            return ole.getRoot().hasEntry(ENCRYPTION_INFO) ? Refusal.ENCRYPTED : Refusal.LEGACY_FORMAT;
        } catch (IOException | RuntimeException e) {
            LOG.info("OLE2 file {} could not be inspected", file, e);
            return Refusal.DAMAGED;
        }
    }

    /**
     * Whether a zip file POI could not open was meant to be a workbook (then it is damaged) or is some other zip
     * archive. An archive whose directory cannot even be read counts as a damaged workbook.
     */
    private static boolean holdsWorkbookParts(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().equals(CONTENT_TYPES) || e.getName().startsWith("xl/"));
        } catch (IOException e) {
            return true;
        }
    }

    /** POI names the setting to raise in the message of every zip limit it enforces. */
    private static boolean exceedsZipLimits(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PartTooLarge
                    || t.getMessage() != null && t.getMessage().contains(ZIP_LIMIT_MARKER)) {
                return true;
            }
        }
        return false;
    }

    /** A sheet of the workbook, in workbook order, with its name. */
    public record SheetRef(String name, PackagePart part) {
    }

    /** The sheets in workbook order; none of them is read yet. */
    public java.util.List<SheetRef> sheets() throws RefusedException {
        try {
            java.util.List<SheetRef> sheets = new java.util.ArrayList<>();
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                iterator.next().close();
                sheets.add(new SheetRef(iterator.getSheetName(), iterator.getSheetPart()));
            }
            return sheets;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    /** The styles, for a reader that needs number and date formats; read within the part limit. */
    public Styles styles() throws RefusedException {
        try {
            if (opc.getPartsByContentType(XSSFRelation.STYLES.getContentType()).isEmpty()) {
                return null;
            }
            try (InputStream in = bounded(reader.getStylesData())) {
                org.apache.poi.xssf.model.StylesTable styles = new org.apache.poi.xssf.model.StylesTable();
                styles.readFrom(in);
                return styles;
            }
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    /** The workbook part (sheet names and visibility), read within the part limit. */
    public InputStream workbookData() throws RefusedException {
        try {
            return bounded(reader.getWorkbookData());
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    public POIXMLProperties properties() throws RefusedException {
        try {
            return new POIXMLProperties(opc);
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    /** The shared strings, read within the part limit; empty when the workbook has none. */
    public SharedStrings sharedStrings() throws RefusedException {
        try {
            if (opc.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).isEmpty()) {
                return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
            }
            try (InputStream in = bounded(reader.getSharedStringsData())) {
                return new ReadOnlySharedStringsTable(in, false);
            }
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    /**
     * Streams one sheet's cells to the handler, within the part, row and column limits. A handler that has read
     * what it expects throws {@link StopReading} to end early.
     */
    public void readSheet(PackagePart sheet, Styles styles, SharedStrings strings, SheetContentsHandler handler)
            throws RefusedException {
        try (InputStream in = bounded(sheet.getInputStream())) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Bounded(handler, limits),
                    new DataFormatter(java.util.Locale.JAPAN), false));
            parser.parse(new InputSource(in));
        } catch (Exception e) {
            if (stoppedOnPurpose(e)) {
                return;
            }
            throw refusal(e);
        }
    }

    private static boolean stoppedOnPurpose(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StopReading) {
                return true;
            }
        }
        return false;
    }

    private RefusedException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitReached limit) {
                return new RefusedException(limit.refusal);
            }
        }
        Refusal refusal = exceedsZipLimits(e) ? Refusal.ZIP_BOMB : Refusal.DAMAGED;
        LOG.info("{} could not be read: {}", file, refusal, e);
        return new RefusedException(refusal, 0, e);
    }

    private InputStream bounded(InputStream in) {
        return new BoundedStream(in, limits.maxPartBytes());
    }

    @Override
    public void close() {
        opc.revert();
    }

    /** Stops a part that inflates beyond the limit of its kind, however well it compresses. */
    private static final class BoundedStream extends FilterInputStream {

        private long remaining;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws PartTooLarge {
            remaining -= n;
            if (remaining < 0) {
                throw new PartTooLarge();
            }
        }
    }

    /** A part beyond its kind's limit: reported as a zip bomb, which is what such a file is. */
    private static final class PartTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        PartTooLarge() {
            super("part exceeds the " + ZIP_LIMIT_MARKER + " limit of its kind");
        }
    }

    /** A sheet beyond its kind's row or column limit, or beyond what its reader expects. */
    static final class LimitReached extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        LimitReached(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Passes cells on until a row or column beyond the limits turns up. */
    private record Bounded(SheetContentsHandler handler, Limits limits) implements SheetContentsHandler {

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= limits.maxRows()) {
                throw new LimitReached(Refusal.TOO_MANY_ROWS);
            }
            handler.startRow(rowNum);
        }

        @Override
        public void endRow(int rowNum) {
            handler.endRow(rowNum);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && new org.apache.poi.ss.util.CellReference(reference).getCol()
                    >= limits.maxColumns()) {
                if (value == null || value.isEmpty()) {
                    return;
                }
                throw new LimitReached(Refusal.TOO_MANY_COLUMNS);
            }
            handler.cell(reference, value, comment);
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            handler.headerFooter(text, isHeader, tagName);
        }

        @Override
        public void endSheet() {
            handler.endSheet();
        }
    }
}
