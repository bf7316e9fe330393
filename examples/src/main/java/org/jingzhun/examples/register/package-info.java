/**
 * 建档立卡名册导入 — importing a household register from CSV, one row per member with the
 * household's fields repeated on each of its rows. Every bad row is reported with its line
 * number and reason, none is silently dropped, and the good households are imported. The
 * columns are documented in {@code docs/register-csv.md}.
 */
package org.jingzhun.examples.register;
