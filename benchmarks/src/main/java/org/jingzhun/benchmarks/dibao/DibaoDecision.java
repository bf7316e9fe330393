package org.jingzhun.benchmarks.dibao;

/**
 * 识别与低保结论 (identification and dibao decision) for one household.
 *
 * @param poor whether annual net income is strictly below the poverty line × members
 * @param dibaoEligible whether annual net income is strictly below the yearly dibao standard
 *     × members
 * @param monthlyTopUpFen the monthly dibao top-up (补差) in fen, never negative; positive
 *     exactly when {@code dibaoEligible}
 */
public record DibaoDecision(boolean poor, boolean dibaoEligible, long monthlyTopUpFen) {}
