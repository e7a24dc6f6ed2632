package com.auditworkbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBaseDefault;

/**
 * The workbench file as H2 sees it: everything after the application's own cleartext header (the key
 * derivation's parameters, {@link WorkbenchHeader}). Positions are shifted by the header's length, so H2's own
 * encrypted layout starts right after it and the header can never be overwritten through this channel.
 */
final class OffsetFileChannel extends FileBaseDefault {

    private final FileChannel base;
    private final long offset;
    private final boolean closesBase;

    OffsetFileChannel(FileChannel base, long offset) {
        this(base, offset, true);
    }

    /** With {@code closesBase} false, closing this leaves the base channel open: its owner closes it. */
    OffsetFileChannel(FileChannel base, long offset, boolean closesBase) {
        this.base = base;
        this.offset = offset;
        this.closesBase = closesBase;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return base.read(dst, position + offset);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        return base.write(src, position + offset);
    }

    @Override
    public long size() throws IOException {
        return Math.max(0, base.size() - offset);
    }

    @Override
    protected void implTruncate(long size) throws IOException {
        base.truncate(size + offset);
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return base.lock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        if (closesBase) {
            base.close();
        }
    }

    @Override
    public String toString() {
        return "offset(" + offset + "):" + base;
    }
}
