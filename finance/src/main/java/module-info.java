/** Jingzhun finance. */
module org.jingzhun.finance {
  requires transitive org.jingzhun.core;
}
