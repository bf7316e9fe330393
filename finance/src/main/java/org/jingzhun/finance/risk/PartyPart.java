package org.jingzhun.finance.risk;

import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;

/**
 * 分担明细 — one party's part of a covered loss.
 *
 * @param due its agreed part: covered loss × share (largest-remainder rounding, so parts add up)
 * @param paid what it pays now: its part, less what the fund cannot pay, plus what falls to it
 * @param owed what it still owes (the fund's unpaid part when the shortfall stays owed)
 * @param borneForOthers what it pays in the fund's place
 */
public record PartyPart(String party, PartyKind kind, Share share, Money due, Money paid, Money owed, Money borneForOthers) {}
