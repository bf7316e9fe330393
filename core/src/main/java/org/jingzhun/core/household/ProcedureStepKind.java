package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 程序步骤 — a step of the entry or exit procedure, each a dated record. */
public enum ProcedureStepKind implements Labelled {
  /** 农户申请 — application by the household. */
  APPLICATION("农户申请", "application by the household"),
  /** 民主评议 — democratic review. */
  DEMOCRATIC_REVIEW("民主评议", "democratic review"),
  /** 村两委和驻村工作队核实 — verification by the village committee and the work team. */
  VERIFICATION("村两委和驻村工作队核实", "verification by the village committee and the work team"),
  /** 贫困户认可 — agreement of the household. */
  HOUSEHOLD_AGREEMENT("贫困户认可", "agreement of the household"),
  /** 公示 — public notice. */
  PUBLIC_NOTICE("公示", "public notice"),
  /** 审核审批 — review and approval up the levels. */
  APPROVAL("审核审批", "review and approval up the levels"),
  /** 公告 — announcement. */
  ANNOUNCEMENT("公告", "announcement"),
  /** 录入或销号 — entry into or removal from the register. */
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
