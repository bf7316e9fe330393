package org.jingzhun.examples.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad inputs of the commands that are not calculations, and of the options every calculation
 * shares: bad dates, regions, sizes and encodings; files that are missing or folders; bad
 * registers; bad case files, including one that reaches outside its folder; bad parameters of
 * {@code params}, {@code example} and {@code demo}.
 */
final class CommandCorpus {
  private static final String SPLIT = "{\"amount\": \"1.00\", \"ratio\": \"1:1\"}";
  private static final String REGISTER_HEADER =
      "household_id,village,housing,safe_drinking_water,wages,member_id,birth_date,relationship,labour_capacity\n";
  private static final String REGISTER_ROW = "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL\n";

  private CommandCorpus() {}

  static List<Hostile> all() {
    List<Hostile> out = new ArrayList<>();
    out.addAll(options());
    out.addAll(registers());
    out.addAll(caseFiles());
    out.addAll(others());
    out.addAll(linkedIncome());
    return out;
  }

  private static List<Hostile> options() {
    List<Hostile> out = new ArrayList<>();
    for (String calculation : List.of("money-allocation", "dibao", "loss-allocation")) {
      for (String date : List.of("20190601", "2019-02-30", "3000-01-01", "1899-12-31", "2019-6-1", "yesterday")) {
        out.add(option(calculation + ": --date " + date, List.of(calculation, "--date", date), "--date", "'" + date + "'"));
      }
      for (String region : List.of("12345", "abcdef", "991902", "5119021012010")) {
        out.add(option(calculation + ": --region " + region, List.of(calculation, "--date", "2019-06-01", "--region", region),
            "--region", "'" + region + "'"));
      }
      out.add(option(calculation + ": no --date", List.of(calculation), "--date"));
      out.add(option(calculation + ": --max-input 0", List.of(calculation, "--date", "2019-06-01", "--max-input", "0"), "--max-input"));
      out.add(option(calculation + ": --encoding bogus", List.of(calculation, "--date", "2019-06-01", "--encoding", "bogus"),
          "--encoding"));
      out.add(option(calculation + ": an unknown option", List.of(calculation, "--date", "2019-06-01", "--nope"), "--nope"));
      out.add(Hostile.of(calculation + ": a missing file", List.of(calculation, "--date", "2019-06-01", "no-such.json"), "", 4,
          "cannot read no-such.json: no such file"));
      out.add(Hostile.of(calculation + ": a folder for a file", List.of(calculation, "--date", "2019-06-01", "docs"), "", 4,
          "cannot read docs: it is a directory"));
      out.add(Hostile.of(calculation + ": an input over --max-input", List.of(calculation, "--date", "2019-06-01",
          "--max-input", "10"), SPLIT, 2, "is larger than 10 bytes"));
      out.add(Hostile.of(calculation + ": a missing --policy file", List.of(calculation, "--date", "2019-06-01",
          "--policy", "no-such-policy.yaml"), SPLIT, 4, "cannot read no-such-policy.yaml"));
    }
    return out;
  }

  private static Hostile option(String label, List<String> args, String... names) {
    return Hostile.of(label, args, SPLIT, 2, names);
  }

  private static List<Hostile> registers() {
    List<String> args = List.of("import-register");
    List<Hostile> out = new ArrayList<>();
    out.add(Hostile.of("import-register: an unknown column", args, REGISTER_HEADER.replace("wages", "salary") + REGISTER_ROW, 2,
        "unknown column 'salary'"));
    out.add(Hostile.of("import-register: a column twice", args, REGISTER_HEADER.replace("\n", ",wages\n")
        + REGISTER_ROW.replace("\n", ",1.00\n"), 2, "column 'wages' appears twice"));
    out.add(Hostile.of("import-register: a missing column", args, REGISTER_HEADER.replace("birth_date,", "")
        + REGISTER_ROW.replace("1960-01-01,", ""), 2, "missing column 'birth_date'"));
    out.add(Hostile.of("import-register: an empty file", args, "", 2, "empty"));
    out.add(Hostile.of("import-register: an unclosed quote", args, REGISTER_HEADER + "\"H1,511902101201\n", 2, "not readable as CSV"));
    out.add(Hostile.of("import-register: a bad date", args, REGISTER_HEADER + REGISTER_ROW.replace("1960-01-01", "1960-02-30"), 2,
        "birth_date"));
    out.add(Hostile.of("import-register: a date as a number", args, REGISTER_HEADER + REGISTER_ROW.replace("1960-01-01", "19600101"),
        2, "birth_date"));
    out.add(Hostile.of("import-register: a far date", args, REGISTER_HEADER + REGISTER_ROW.replace("1960-01-01", "2960-01-01"), 2,
        "birth_date"));
    out.add(Hostile.of("import-register: a tenth of a fen", args, REGISTER_HEADER + REGISTER_ROW.replace("100.00", "100.001"), 2,
        "wages"));
    out.add(Hostile.of("import-register: a huge amount", args, REGISTER_HEADER + REGISTER_ROW.replace("100.00", "99999999999999"), 2,
        "wages"));
    out.add(Hostile.of("import-register: a bad region", args, REGISTER_HEADER + REGISTER_ROW.replace("511902101201", "12345"), 2,
        "village"));
    out.add(Hostile.of("import-register: a bad label", args, REGISTER_HEADER + REGISTER_ROW.replace("HEAD", "BOSS"), 2,
        "relationship"));
    out.add(Hostile.ofBytes("import-register: GBK bytes read as UTF-8", args,
        (REGISTER_HEADER + REGISTER_ROW.replace("HEAD", "户主")).getBytes(Charset.forName("GBK")), 2, "the bytes at offset"));
    out.add(Hostile.of("import-register: over --max-input", List.of("import-register", "--max-input", "100"),
        REGISTER_HEADER + REGISTER_ROW, 2, "is larger than 100 bytes"));
    out.add(Hostile.of("import-register: a missing file", List.of("import-register", "no-such.csv"), "", 4, "no-such.csv"));
    return out;
  }

  private static List<Hostile> caseFiles() {
    Path dir;
    try {
      dir = Files.createTempDirectory("jingzhun-hostile-cases");
      dir.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String header = "calculation: money-allocation\ndate: 2019-06-01\ncases:\n";
    String good = "  - name: a case\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expect: {\"parts[0].amount\": \"0.50\"}\n";
    List<Hostile> out = new ArrayList<>();
    out.add(caseFile(dir, "malformed.yaml", "cases:\n  - name: [unclosed\n", "malformed YAML"));
    out.add(caseFile(dir, "twice.yaml", header + good.replace("expect: {", "expect: {\"parts[0].amount\": \"0.49\", "),
        "duplicate name: 'parts[0].amount'"));
    out.add(caseFile(dir, "date-twice.yaml", header.replace("cases:", "date: 2020-01-01\ncases:") + good, "duplicate name: 'date'"));
    out.add(caseFile(dir, "unknown-key.yaml", header + good + "    expected: {a: 1}\n", "cases[0].expected: unknown field"));
    out.add(caseFile(dir, "unknown-top.yaml", "colour: red\n" + header + good, "colour: unknown field"));
    out.add(caseFile(dir, "escape.yaml", header.replace("cases:", "overrides: ../../../../etc/passwd\ncases:") + good,
        "overrides = '../../../../etc/passwd': names a file outside the case file's folder"));
    out.add(caseFile(dir, "absolute.yaml", header + good.replace("    input:", "    overrides: /etc/passwd\n    input:"),
        "cases[0].overrides = '/etc/passwd': names a file outside"));
    out.add(caseFile(dir, "unknown-calculation.yaml", header.replace("money-allocation", "dibao-topup") + good,
        "calculation = 'dibao-topup': is not a calculation"));
    out.add(caseFile(dir, "null.yaml", "null\n", "$: is null"));
    out.add(caseFile(dir, "empty.yaml", "", "is empty"));
    out.add(caseFile(dir, "no-cases.yaml", header.replace("cases:\n", "cases: []\n"), "cases"));
    out.add(caseFile(dir, "no-date.yaml", header.replace("date: 2019-06-01\n", "") + good, "cases[0].date: is required"));
    out.add(caseFile(dir, "number-date.yaml", header.replace("2019-06-01", "20190601") + good, "date = '20190601'"));
    out.add(caseFile(dir, "null-name.yaml", header + good.replace("name: a case", "name: null"), "cases[0].name"));
    out.add(caseFile(dir, "deep.yaml", header + good.replace("{amount: \"1.00\"", "{a: " + "[".repeat(80) + "]".repeat(80)
        + ", amount: \"1.00\""), "cases[0]"));
    out.add(caseFile(dir, "twice.json", "{\"calculation\": \"money-allocation\", \"date\": \"2019-06-01\", \"date\": \"2020-06-01\","
        + " \"cases\": []}", "date: duplicate name: 'date'"));
    out.add(caseFile(dir, "cut.json", "{\"calculation\": \"money-allocation\", \"date\": \"2019-", "malformed JSON"));
    out.add(Hostile.of("check: a missing case file", List.of("check", dir.resolve("no-such.yaml").toString()), "", 4, "no such file"));
    return out;
  }

  private static String read(String file) {
    try {
      return Files.readString(org.jingzhun.examples.cli.CliRun.repositoryRoot().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Hostile caseFile(Path dir, String name, String content, String named) {
    try {
      Path file = Files.writeString(dir.resolve(name), content);
      file.toFile().deleteOnExit();
      return Hostile.of("check: " + name, List.of("check", file.toString()), "", 2, named);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The linked-income breakdown's bad forms, in a JSON household and in a register. */
  private static List<Hostile> linkedIncome() {
    List<String> dibao = List.of("dibao", "--date", "2019-06-01", "--region", "511902");
    String household = "{\"household\": {\"id\": \"H1\", \"village\": \"511902105210\", \"housing\": \"B\","
        + " \"safeDrinkingWater\": true, \"members\": [{\"id\": \"P1\", \"birthDate\": \"1960-01-01\","
        + " \"relationship\": \"HEAD\", \"labourCapacity\": \"FULL\"}],"
        + " \"income\": {\"wages\": \"100.00\", \"property\": \"50.00\", \"linked\": LINKED}}}";
    List<Hostile> out = new ArrayList<>();
    out.add(Hostile.of("dibao: a linked part larger than its source", dibao,
        household.replace("LINKED", "{\"publicWelfareJobs\": \"100.01\"}"), 2,
        "household.income.linked.publicWelfareJobs", "wages"));
    out.add(Hostile.of("dibao: two linked parts larger than their source together", dibao,
        household.replace("LINKED", "{\"dividends\": \"30.00\", \"collectiveAssets\": \"30.00\"}"), 2,
        "household.income.linked.dividends", "household.income.linked.collectiveAssets"));
    out.add(Hostile.of("dibao: a negative linked part", dibao,
        household.replace("LINKED", "{\"orderPurchasing\": \"-1.00\"}"), 2, "household.income.linked.orderPurchasing"));
    out.add(Hostile.of("dibao: a linked part with a tenth of a fen", dibao,
        household.replace("LINKED", "{\"dividends\": \"1.001\"}"), 2, "household.income.linked.dividends"));
    out.add(Hostile.of("dibao: an unknown linked source", dibao,
        household.replace("LINKED", "{\"lottery\": \"1.00\"}"), 2, "household.income.linked.lottery"));
    out.add(Hostile.of("dibao: the breakdown as a list", dibao, household.replace("LINKED", "[\"1.00\"]"), 2,
        "household.income.linked"));
    List<String> register = List.of("import-register");
    String header = REGISTER_HEADER.replace("\n", ",public_welfare_jobs\n");
    out.add(Hostile.of("import-register: a public-welfare post paying more than the wages", register,
        header + REGISTER_ROW.replace("\n", ",100.01\n"), 2, "public_welfare_jobs"));
    out.add(Hostile.of("import-register: a public-welfare post that is not an amount", register,
        header + REGISTER_ROW.replace("\n", ",lots\n"), 2, "public_welfare_jobs"));
    String trained = REGISTER_HEADER.replace("\n", ",trainings\n");
    out.add(Hostile.of("import-register: a training without its programme", register,
        trained + REGISTER_ROW.replace("\n", ",茶叶种植/2017\n"), 2, "trainings"));
    out.add(Hostile.of("import-register: a training in an unknown programme", register,
        trained + REGISTER_ROW.replace("\n", ",茶叶种植/2017/KARAOKE\n"), 2, "trainings"));
    out.add(Hostile.of("import-register: a training year that is not a number", register,
        trained + REGISTER_ROW.replace("\n", ",茶叶种植/last year/OTHER\n"), 2, "trainings"));
    out.add(Hostile.of("import-register: a training before the member's birth", register,
        trained + REGISTER_ROW.replace("\n", ",茶叶种植/1950/OTHER\n"), 2, "trainings"));
    String member = "{\"household\": {\"id\": \"H1\", \"village\": \"511902105210\", \"housing\": \"B\","
        + " \"safeDrinkingWater\": true, \"income\": {}, \"members\": [{\"id\": \"P1\", \"birthDate\": \"1960-01-01\","
        + " \"relationship\": \"HEAD\", \"labourCapacity\": \"FULL\", \"trainings\": [TRAINING]}]}}";
    out.add(Hostile.of("dibao: a training with a blank skill", dibao,
        member.replace("TRAINING", "{\"skill\": \"\", \"year\": 2017, \"programme\": \"OTHER\"}"), 2,
        "household.members[0].trainings[0].skill"));
    out.add(Hostile.of("dibao: a training without a year", dibao,
        member.replace("TRAINING", "{\"skill\": \"电焊\", \"programme\": \"OTHER\"}"), 2,
        "household.members[0].trainings[0].year"));
    out.add(Hostile.of("dibao: a training in the year 99999", dibao,
        member.replace("TRAINING", "{\"skill\": \"电焊\", \"year\": 99999, \"programme\": \"OTHER\"}"), 2,
        "household.members[0].trainings[0].year"));
    out.add(Hostile.of("dibao: trainings as an object", dibao, member.replace("[TRAINING]", "{}"), 2,
        "household.members[0].trainings"));
    return out;
  }

  private static List<Hostile> others() {
    List<Hostile> out = new ArrayList<>();
    String problem = read("docs/examples/allocation-problem.json");
    out.add(Hostile.of("allocate: a plan to the year 2147483647", List.of("allocate", "--date", "2018-12-31"),
        problem.replaceFirst("\"lastYear\" *: *\\d+", "\"lastYear\": 2147483647"), 2, "plan.lastYear", "1900 to 2100"));
    out.add(Hostile.of("allocate: a plan from the year -2147483648", List.of("allocate", "--date", "2018-12-31"),
        problem.replaceFirst("\"firstYear\" *: *\\d+", "\"firstYear\": -2147483648"), 2, "plan.firstYear", "1900 to 2100"));
    out.add(Hostile.of("params: --date as a number", List.of("params", "--date", "20190601"), "", 2, "--date", "'20190601'"));
    out.add(Hostile.of("params: --region of five digits", List.of("params", "--date", "2019-06-01", "--region", "51190"), "", 2,
        "--region"));
    out.add(Hostile.of("params: an unknown --format", List.of("params", "--date", "2019-06-01", "--format", "xml"), "", 2,
        "--format"));
    out.add(Hostile.of("params: a missing --policy file", List.of("params", "--date", "2019-06-01", "--policy", "nope.yaml"), "", 4,
        "nope.yaml"));
    out.add(Hostile.of("example: an unknown name", List.of("example", "no-such-example"), "", 2, "no example named 'no-such-example'"));
    out.add(Hostile.of("demo: too few households", List.of("demo", "--households", "10", "--quiet"), "", 2, "--households"));
    out.add(Hostile.of("demo: households not a number", List.of("demo", "--households", "many", "--quiet"), "", 2, "--households"));
    out.add(Hostile.of("demo: a seed not a number", List.of("demo", "--seed", "x", "--quiet"), "", 2, "--seed"));
    out.add(Hostile.of("demo: a missing --policy file", List.of("demo", "--households", "1000", "--policy", "nope.yaml", "--quiet"),
        "", 4, "nope.yaml"));
    out.add(Hostile.of("an unknown subcommand", List.of("no-such-command"), "", 2, "no-such-command"));
    return out;
  }
}
