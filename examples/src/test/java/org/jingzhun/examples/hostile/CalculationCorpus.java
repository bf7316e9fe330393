package org.jingzhun.examples.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.examples.check.CaseFile;
import org.jingzhun.examples.check.CaseFileReader;
import org.jingzhun.examples.check.PolicyCase;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.hostile.JsonMutations.Located;

/**
 * The bad inputs of every calculation: a good input of each (the first case of the shipped case
 * files that needs no overrides; the documentation's examples for the campaign calculations),
 * broken in every way a JSON document can be: wrong kinds of value, bad values of each value
 * type, unknown and repeated names, nulls, truncation, deep nesting, bad bytes, huge numbers.
 */
final class CalculationCorpus {
  /** A calculation's good input and the options it runs with. */
  record Base(String calculation, List<String> args, JsonNode input) {}

  private static final Pattern REGION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");
  private static final Pattern NAME = Pattern.compile("[A-Z]{2,}(_[A-Z]+)*");
  private static final int LEAVES = 5;
  private static final int OBJECTS = 3;

  private CalculationCorpus() {}

  /** One base per calculation. */
  static List<Base> bases() {
    Map<String, Base> bases = new LinkedHashMap<>();
    Path cases = CliRun.repositoryRoot().resolve("examples/cases");
    try (Stream<Path> files = Files.walk(cases)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        CaseFile caseFile = CaseFileReader.read(file.toString(), Files.readString(file));
        for (PolicyCase c : caseFile.cases()) {
          if (caseFile.overrides().isEmpty() && c.overrides().isEmpty() && c.expectViolations().isEmpty()) {
            String calculation = caseFile.calculationOf(c).orElseThrow();
            bases.putIfAbsent(calculation, new Base(calculation, List.of("--date", caseFile.dateOf(c).orElseThrow().toString(),
                "--region", caseFile.regionOf(c).map(Object::toString).orElse("000000")), c.input()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fromDocs(bases, "simulate", "2020-12-31", "docs/examples/scenario-incomplete.json");
    fromDocs(bases, "compare", "2020-12-31", "docs/examples/compare-incomplete.json");
    fromDocs(bases, "allocate-exact", "2018-12-31", "docs/examples/allocation-problem.json");
    return List.copyOf(bases.values());
  }

  private static void fromDocs(Map<String, Base> bases, String calculation, String date, String file) {
    try {
      JsonNode input = JingzhunJson.read(Files.readString(CliRun.repositoryRoot().resolve(file)), JsonNode.class);
      bases.putIfAbsent(calculation, new Base(calculation, List.of("--date", date), input));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every bad input made from {@code base}. */
  static List<Hostile> of(Base base) {
    List<Hostile> out = new ArrayList<>();
    List<String> args = new ArrayList<>(List.of(base.calculation()));
    args.addAll(base.args());
    List<Located> leaves = JsonMutations.leaves(base.input());
    int n = 0;
    for (Located leaf : JsonMutations.spread(leaves, LEAVES)) {
      JsonNode wrongKind = n++ % 2 == 0 ? JsonNodeFactory.instance.objectNode().put("x", 1) : JsonNodeFactory.instance.arrayNode();
      out.add(hostile(base, args, "a " + (wrongKind.isObject() ? "object" : "list") + " at " + leaf.path(),
          JsonMutations.replaced(base.input(), leaf.steps(), wrongKind), leaf.path()));
    }
    int variant = 0;
    for (Located leaf : JsonMutations.spread(leaves.stream().filter(l -> badValue(l.node(), 0) != null).toList(), LEAVES)) {
      JsonNode bad = badValue(leaf.node(), variant++);
      out.add(hostile(base, args, "the bad value " + bad + " at " + leaf.path(),
          JsonMutations.replaced(base.input(), leaf.steps(), bad), leaf.path()));
    }
    for (Located object : JsonMutations.spread(JsonMutations.objects(base.input()), OBJECTS)) {
      String unknown = FieldPath.join(object.path(), "zzUnknown");
      out.add(hostile(base, args, "an unknown field " + unknown,
          JsonMutations.withFieldsFirst(base.input(), object.node(), "\"zzUnknown\": 1"), unknown));
      if (object.node().size() > 0) {
        Map.Entry<String, JsonNode> first = object.node().properties().iterator().next();
        out.add(hostile(base, args, "the name " + FieldPath.join(object.path(), first.getKey()) + " given twice",
            JsonMutations.withFieldsFirst(base.input(), object.node(), TextNode.valueOf(first.getKey()) + ": " + first.getValue()),
            "duplicate name: '" + first.getKey() + "'"));
      }
    }
    for (Located list : JsonMutations.spread(JsonMutations.lists(base.input()), OBJECTS)) {
      com.fasterxml.jackson.databind.node.ArrayNode withNull = ((com.fasterxml.jackson.databind.node.ArrayNode) list.node()).deepCopy();
      withNull.addNull();
      String entry = FieldPath.index(list.path(), list.node().size());
      out.add(hostile(base, args, "a null entry " + entry, JsonMutations.replaced(base.input(), list.steps(), withNull), entry));
    }
    out.addAll(wholeDocument(base, args));
    if (base.calculation().hashCode() % 2 == 0) { // the costly whole-document inputs for half of the calculations
      out.addAll(largeDocuments(base, args));
    }
    return out;
  }

  /** A value of the same look that its type refuses (the {@code variant}-th kind), or null for free text. */
  private static JsonNode badValue(JsonNode leaf, int variant) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (leaf.isBoolean()) {
      return f.textNode("maybe");
    }
    if (!leaf.isTextual()) {
      return f.textNode("not a number");
    }
    String text = leaf.textValue();
    List<JsonNode> bad = REGION.matcher(text).matches()
        ? List.of(f.numberNode(12345), f.textNode("51190"), f.numberNode(5_119_021_012_010L))
        : DATE.matcher(text).matches()
        ? List.of(f.numberNode(Integer.parseInt(text.replace("-", ""))), f.textNode("2019-02-30"), f.textNode("9999-12-31"))
        : AMOUNT.matcher(text).matches()
        ? List.of(f.textNode(text + "1"), f.numberNode(new java.math.BigDecimal("1e30")), f.numberNode(new java.math.BigDecimal("1e-30")))
        : NAME.matcher(text).matches() ? List.of(f.textNode("NOT_ONE_OF_THEM")) : List.of();
    return bad.isEmpty() ? null : bad.get(variant % bad.size());
  }

  private static List<Hostile> wholeDocument(Base base, List<String> args) {
    String text = base.input().toString();
    List<Hostile> out = new ArrayList<>();
    out.add(hostile(base, args, "a null document", "null", "$: is null"));
    out.add(hostile(base, args, "an empty document", "", "is empty"));
    out.add(hostile(base, args, "a list for a document", "[]", "$: expected"));
    out.add(hostile(base, args, "a number for a document", "42", "$ = '42': expected"));
    out.add(hostile(base, args, "text for a document", "\"text\"", "$ = 'text': expected"));
    out.add(hostile(base, args, "the document cut in half", text.substring(0, text.length() / 2), "malformed JSON"));
    out.add(hostile(base, args, "the document without its last brace", text.substring(0, text.length() - 1), "malformed JSON"));
    out.add(hostile(base, args, "two documents", text + " " + text, "malformed JSON"));
    return out;
  }

  /** Documents that are large or nested deep, and bytes that are not UTF-8. */
  private static List<Hostile> largeDocuments(Base base, List<String> args) {
    String text = base.input().toString();
    List<Hostile> out = new ArrayList<>();
    out.add(hostile(base, args, "lists nested 100 deep", "[".repeat(100) + "]".repeat(100), "nested deeper than 64 levels"));
    out.add(hostile(base, args, "objects nested 100 deep", "{\"a\":".repeat(100) + "1" + "}".repeat(100),
        "nested deeper than 64 levels"));
    out.add(hostile(base, args, "a number of 200 digits", text.replaceFirst("^\\{", "{\"zz\": " + "9".repeat(200) + ", "),
        "a number has more than 100 characters"));
    out.add(hostile(base, args, "a text of 1.5 million characters", text.replaceFirst("^\\{", "{\"zz\": \"" + "x".repeat(1_500_000) + "\", "),
        "a text is longer than 1000000 characters"));
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = new byte[utf8.length + 1];
    int quote = text.indexOf('"') + 1;
    System.arraycopy(utf8, 0, latin1, 0, quote);
    latin1[quote] = (byte) 0xE9;
    System.arraycopy(utf8, quote, latin1, quote + 1, utf8.length - quote);
    out.add(Hostile.ofBytes(base.calculation() + ": a Latin-1 byte", args, latin1, 2, "the bytes at offset " + quote));
    out.add(Hostile.ofBytes(base.calculation() + ": UTF-16 bytes", args, text.getBytes(StandardCharsets.UTF_16), 2,
        "the bytes at offset 0"));
    return out;
  }

  private static Hostile hostile(Base base, List<String> args, String label, String stdin, String name) {
    return Hostile.of(base.calculation() + ": " + label, args, stdin, 2, name);
  }
}
