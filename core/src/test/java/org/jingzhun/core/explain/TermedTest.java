package org.jingzhun.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermedTest {
  private enum Step implements Termed {
    NOTICE("公示", "public notice");

    private final Term term;

    Step(String chinese, String english) {
      this.term = Term.of(name(), chinese, english);
    }

    @Override
    public Term term() {
      return term;
    }
  }

  @Test
  void theLabelsAreTheTermsInEitherLanguage() {
    assertEquals("公示", Step.NOTICE.chinese());
    assertEquals("public notice", Step.NOTICE.english());
    assertEquals("公示", Step.NOTICE.label(Language.ZH));
    assertEquals("public notice", Step.NOTICE.label(Language.EN));
    assertEquals("NOTICE", Step.NOTICE.term().key());
  }
}
