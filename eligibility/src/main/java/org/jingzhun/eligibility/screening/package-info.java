/**
 * 收入筛查 — identification and dibao over a register held as columns: a whole village's
 * households at a time, on primitive arrays, allocating nothing per household and giving
 * exactly the per-household rules' answers.
 */
package org.jingzhun.eligibility.screening;
