package dev.unrolled.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A TrueType file's tables, read and replaced (the OpenType specification's "sfnt" layout: a 12-byte header, a
 * 16-byte record per table giving its tag, checksum, offset and length, then the tables, each padded to 4 bytes).
 */
final class Sfnt {
    private static final int HEADER = 12;
    private static final int RECORD = 16;
    /** head.checkSumAdjustment is set so that the whole file sums to this (OpenType, 'head' table). */
    private static final long WHOLE_FILE_SUM = 0xB1B0AFBAL;
    private static final int CHECKSUM_ADJUSTMENT = 8;

    private Sfnt() {}

    /** The bytes of the table {@code tag} of {@code font}. */
    static byte[] table(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        for (int i = 0; i < in.getShort(4); i++) {
            int record = HEADER + i * RECORD;
            if (tag(in, record).equals(tag)) {
                byte[] table = new byte[in.getInt(record + 12)];
                in.get(in.getInt(record + 8), table);
                return table;
            }
        }
        throw new IllegalArgumentException("no table " + tag);
    }

    /** {@code font} with its table {@code tag} replaced by {@code table}, the checksums made again. */
    static byte[] withTable(byte[] font, String tag, byte[] table) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4);
        byte[][] tables = new byte[count][];
        int size = HEADER + count * RECORD;
        for (int i = 0; i < count; i++) {
            int record = HEADER + i * RECORD;
            String name = tag(in, record);
            tables[i] = name.equals(tag) ? table.clone() : table(font, name);
            if (name.equals("head")) {
                ByteBuffer.wrap(tables[i]).putInt(CHECKSUM_ADJUSTMENT, 0);
            }
            size += padded(tables[i].length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(font, 0, HEADER);
        int offset = HEADER + count * RECORD;
        int head = -1;
        for (int i = 0; i < count; i++) {
            int record = HEADER + i * RECORD;
            out.put(font, record, 4);
            out.putInt((int) checksum(tables[i]));
            out.putInt(offset);
            out.putInt(tables[i].length);
            if (tag(in, record).equals("head")) {
                head = offset;
            }
            offset += padded(tables[i].length);
        }
        for (byte[] t : tables) {
            out.put(t);
            out.put(new byte[padded(t.length) - t.length]);
        }
        byte[] result = out.array();
        ByteBuffer.wrap(result).putInt(head + CHECKSUM_ADJUSTMENT,
                (int) ((WHOLE_FILE_SUM - checksum(result)) & 0xFFFFFFFFL));
        return result;
    }

    private static String tag(ByteBuffer in, int record) {
        byte[] tag = new byte[4];
        in.get(record, tag);
        return new String(tag, StandardCharsets.US_ASCII);
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of {@code bytes} as big-endian 32-bit words, the last one padded with zeros, modulo 2^32. */
    static long checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < bytes.length ? bytes[i + k] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
