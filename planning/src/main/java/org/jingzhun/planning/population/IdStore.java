package org.jingzhun.planning.population;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The register numbers of households appended from records, packed in one byte array: for
 * each household, its id and then each member's id, each as a two-byte length and UTF-8 bytes.
 * Households appended directly have no entry and cost nothing here: their members' ids are
 * their places ({@link #placeId}).
 */
final class IdStore {
  /** "0" … "31": the ids of members by place, so that records of directly appended households allocate none. */
  private static final String[] PLACE_IDS = java.util.stream.IntStream.range(0, 32).mapToObj(String::valueOf).toArray(String[]::new);

  private byte[] bytes;
  private int used;

  IdStore(int capacity) {
    bytes = new byte[capacity];
  }

  IdStore(IdStore other) {
    bytes = Arrays.copyOf(other.bytes, other.used);
    used = other.used;
  }

  /** Stores the ids; the offset of the block. */
  int add(String householdId, String[] memberIds) {
    int offset = used;
    put(householdId);
    for (String id : memberIds) {
      put(id);
    }
    return offset;
  }

  private void put(String id) {
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xFFFF) {
      throw new IllegalArgumentException("an id longer than 65535 bytes");
    }
    ensure(utf8.length + 2);
    bytes[used++] = (byte) (utf8.length >>> 8);
    bytes[used++] = (byte) utf8.length;
    System.arraycopy(utf8, 0, bytes, used, utf8.length);
    used += utf8.length;
  }

  /** The {@code index}th id of the block at {@code offset}: 0 the household, k the kth member. */
  String get(int offset, int index) {
    int at = offset;
    for (int i = 0; i < index; i++) {
      at += 2 + length(at);
    }
    return new String(bytes, at + 2, length(at), StandardCharsets.UTF_8);
  }

  /** The id of the member at {@code place} (from 1) of a household appended directly; small ones shared. */
  static String placeId(int place) {
    return place < PLACE_IDS.length ? PLACE_IDS[place] : String.valueOf(place);
  }

  private int length(int at) {
    return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
  }

  private void ensure(int more) {
    if (used + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(used + more, bytes.length + (bytes.length >> 1) + 16));
    }
  }

  void trim() {
    bytes = Arrays.copyOf(bytes, used);
  }

  long footprintBytes() {
    return bytes.length;
  }
}
