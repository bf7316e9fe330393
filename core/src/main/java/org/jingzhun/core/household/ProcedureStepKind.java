package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 程序步骤 — a step of the entry or exit procedure, each a dated record. */
public enum ProcedureStepKind implements Labelled {
  APPLICATION("农户申请", "application by the household"),
  DEMOCRATIC_REVIEW("民主评议", "democratic review"),
  VERIFICATION("村两委和驻村工作队核实", "verification by the village committee and the work team"),
  HOUSEHOLD_AGREEMENT("贫困户认可", "agreement of the household"),
  PUBLIC_NOTICE("公示", "public notice"),
  APPROVAL("审核审批", "review and approval up the levels"),
  ANNOUNCEMENT("公告", "announcement"),
  REGISTER_UPDATE("录入或销号", "entry into or removal from the register");

  private final String chinese;
  private final String english;

  ProcedureStepKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }
}
