package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PolicyFile#fingerprint(List)}: the SHA-256 of the files' names and texts, each after its length. */
class PolicyFingerprintTest {

  @Test
  void noFileGivesTheDigestOfNothing() {
    // SHA-256 of zero bytes: printf '' | sha256sum
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PolicyFile.fingerprint(List.of()));
  }

  @Test
  void aFileIsDigestedAsTheLengthAndBytesOfItsNameThenOfItsText() {
    // name "a" (1 byte), text "bc" (2 bytes), each after its length as 4 big-endian bytes:
    // (printf '\x00\x00\x00\x01a'; printf '\x00\x00\x00\x02bc') | sha256sum
    assertEquals("b534ce16ac9c8b36823f39a395ce8e0e3c7ad9605b82b5444f18cadacd217a5d",
        PolicyFile.fingerprint(List.of(new PolicyFile("a", "bc"))));
  }

  @Test
  void theSplitBetweenNameAndTextCounts() {
    // "ab" + "c" and "a" + "bc" have the same bytes run together; the lengths tell them apart
    assertNotEquals(PolicyFile.fingerprint(List.of(new PolicyFile("ab", "c"))),
        PolicyFile.fingerprint(List.of(new PolicyFile("a", "bc"))));
  }

  @Test
  void theOrderOfTheFilesCounts() {
    PolicyFile a = new PolicyFile("a.yaml", "x: 1");
    PolicyFile b = new PolicyFile("b.yaml", "x: 2");
    assertNotEquals(PolicyFile.fingerprint(List.of(a, b)), PolicyFile.fingerprint(List.of(b, a)));
  }

  @Test
  void theShippedFilesAreWhatTheShippedBookLoadsAndFingerprintAlikeEachTime() {
    List<PolicyFile> files = PolicyBook.shippedFiles();
    assertEquals(files.size(), PolicyBook.shippedFiles().size());
    assertEquals(PolicyFile.fingerprint(files), PolicyFile.fingerprint(PolicyBook.shippedFiles()));
  }

  @Test
  void equalFilesGiveEqualFingerprintsAndAnEditedTextAnother() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40), strings().basicLatinAlphabet().ofLengthBetween(1, 40))
        .checkAssert((text, extra) -> {
          String once = PolicyFile.fingerprint(List.of(new PolicyFile("p.yaml", text)));
          assertEquals(once, PolicyFile.fingerprint(List.of(new PolicyFile("p.yaml", new String(text)))));
          assertNotEquals(once, PolicyFile.fingerprint(List.of(new PolicyFile("p.yaml", text + extra))));
          assertEquals(64, once.length());
        });
  }
}
