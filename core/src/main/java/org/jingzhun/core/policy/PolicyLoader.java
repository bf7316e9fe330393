package org.jingzhun.core.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * Reads parameter files and checks them as a whole: every problem (syntax, unknown fields,
 * unknown units, bad values, missing sources, bad region codes, overlapping periods, gaps in
 * a continuous parameter, values for an undefined parameter) is reported together, each at
 * its {@code file:line}.
 *
 * <p>A file looks like this:
 *
 * <pre>
 * sources:                       # optional: sources cited by id below
 *   nbs-yearbook: {issuer: 国家统计局, title: 中国农村贫困监测报告, confidence: DOCUMENT}
 * parameters:
 *   poverty.line.national:
 *     unit: YUAN_PER_PERSON_YEAR  # only where the parameter is defined
 *     description: {zh: 国家扶贫标准（现价）, en: national poverty line at current prices}
 *     continuous: true            # optional: a region's timeline may have no gaps
 *     values:
 *       "000000":
 *         - {from: 2011-01-01, until: 2012-01-01, value: 2536, source: nbs-yearbook}
 * </pre>
 */
final class PolicyLoader {
  private static final Set<String> TOP = ImmutableSet.of("sources", "parameters");
  private static final Set<String> PARAMETER = ImmutableSet.of("unit", "description", "continuous", "values");
  private static final Set<String> ENTRY = ImmutableSet.of("from", "until", "value", "source");
  private static final Set<String> SOURCE = ImmutableSet.of("issuer", "title", "date", "link", "confidence", "note");
  /** The largest parameter file read, in characters: 64 Mi (SnakeYAML's own default is 3 Mi). */
  private static final int MAX_FILE_CHARS = 64 << 20;
  private static final YAMLFactory YAML = new PolicyYamlFactory(loaderOptions());
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FILE_CHARS).build()).build();

  /** A file in JSON (it opens with '{') is read by Jackson's JSON parser, many times faster than YAML's. */
  private static JsonParser parser(String text) throws IOException {
    return text.stripLeading().startsWith("{") ? JSON.createParser(text) : YAML.createParser(text);
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_CHARS);
    options.setAllowDuplicateKeys(true); // reported with both lines by LocatedTree, with every other problem
    return options;
  }

  private record Definition(String name, Unit unit, String zh, String en, boolean continuous, String origin) {}

  private record Entry(String parameter, RegionCode region, LocalDate from, LocalDate until, JsonNode value, Source source, String origin) {}

  private final Violations violations = Violations.collect();
  private final Map<String, Definition> definitions = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  private final Map<String, ParameterKey<?>> keys;

  private PolicyLoader(Map<String, ParameterKey<?>> keys) {
    this.keys = keys;
  }

  /** Loads a complete book from {@code files}, its table parameters bound by {@code keys}. */
  static Map<String, Parameter> load(List<PolicyFile> files, Map<String, ParameterKey<?>> keys) {
    PolicyLoader loader = new PolicyLoader(keys);
    files.forEach(loader::readFile);
    return loader.build(Map.of());
  }

  /**
   * Reads override files against {@code base}: their values may be for the base's parameters,
   * and they may define new ones. Returns the values, checked, by parameter.
   */
  static Map<String, Parameter> loadOverrides(List<PolicyFile> files, Map<String, Parameter> base) {
    Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
    base.values().forEach(p -> p.key().ifPresent(k -> keys.put(p.name(), k)));
    PolicyLoader loader = new PolicyLoader(keys);
    files.forEach(loader::readFile);
    return loader.build(base);
  }

  private void readFile(PolicyFile file) {
    LocatedTree tree;
    try (JsonParser parser = parser(file.text())) {
      tree = LocatedTree.read(parser);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      violations.add(file.name() + ":" + line, "", "cannot be read as YAML or JSON: " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      violations.add(file.name(), "", "cannot be read: " + e.getMessage());
      return;
    }
    new FileReader(file.name(), tree).read();
  }

  /** Reads one file's tree, reporting at its lines. */
  private final class FileReader {
    private final String file;
    private final LocatedTree tree;
    private final Map<String, Source> sources = new HashMap<>();

    FileReader(String file, LocatedTree tree) {
      this.file = file;
      this.tree = tree;
    }

    private String at(int line) {
      return file + ":" + line;
    }

    void read() {
      tree.duplicates().forEach(d -> violations.add(at(d.line()), d.key(),
          "key '" + d.key() + "' is given twice in the same mapping (first at line " + d.firstLine() + "); give it once"));
      tree.references().forEach(line -> violations.add(at(line), "",
          "参数文件不读YAML锚点和别名（&、*），请直接写出取值 / a policy file may not use YAML anchors or aliases (& and *):"
              + " write the value out"));
      JsonNode root = tree.root();
      if (!root.isObject()) {
        violations.add(at(tree.line(root)), "", "a parameter file must be a mapping with 'parameters'");
        return;
      }
      unknownFields(root, TOP, "the file");
      JsonNode src = root.path("sources");
      if (src.isObject()) {
        src.properties().forEach(e -> readSource(e.getValue(), tree.line(src, e.getKey()), "source " + e.getKey())
            .ifPresent(s -> sources.put(e.getKey(), s)));
      }
      JsonNode params = root.path("parameters");
      if (!params.isObject()) {
        violations.add(at(tree.line(root)), "", "a parameter file must have a 'parameters' mapping");
        return;
      }
      for (Map.Entry<String, JsonNode> e : params.properties()) {
        readParameter(e.getKey(), e.getValue(), tree.line(params, e.getKey()));
      }
    }

    private void unknownFields(JsonNode mapping, Set<String> known, String what) {
      mapping.fieldNames().forEachRemaining(name -> {
        if (!known.contains(name)) {
          violations.add(at(tree.line(mapping, name)), name, "unknown field in " + what + "; expected one of " + known);
        }
      });
    }

    private void readParameter(String name, JsonNode node, int line) {
      if (!node.isObject()) {
        violations.add(at(line), name, "parameter " + name + " must be a mapping");
        return;
      }
      unknownFields(node, PARAMETER, "parameter " + name);
      if (node.has("unit")) {
        readDefinition(name, node);
      }
      JsonNode values = node.path("values");
      if (values.isMissingNode()) {
        return;
      }
      if (!values.isObject()) {
        violations.add(at(tree.line(node, "values")), "", "values of " + name + " must map region codes to lists");
        return;
      }
      values.properties().forEach(r -> readTimeline(name, r.getKey(), r.getValue(), tree.line(values, r.getKey())));
    }

    private void readDefinition(String name, JsonNode node) {
      String origin = at(tree.line(node, "unit"));
      Unit unit = null;
      String unitText = node.path("unit").asText();
      try {
        unit = Unit.valueOf(unitText);
      } catch (IllegalArgumentException e) {
        violations.add(origin, unitText, "unknown unit of parameter " + name + "; expected one of " + List.of(Unit.values()));
      }
      JsonNode d = node.path("description");
      String zh = d.path("zh").asText("");
      String en = d.path("en").asText("");
      if (zh.isBlank() || en.isBlank()) {
        violations.add(at(tree.line(node, "description")), "", "parameter " + name + " needs a description with both 'zh' and 'en'");
      }
      JsonNode cont = node.path("continuous");
      if (!cont.isMissingNode() && !cont.isBoolean()) {
        violations.add(at(tree.line(node, "continuous")), cont.asText(), "'continuous' must be true or false");
      }
      if (definitions.containsKey(name)) {
        violations.add(origin, name, "parameter " + name + " is already defined at " + definitions.get(name).origin());
      } else if (unit != null) {
        definitions.put(name, new Definition(name, unit, zh, en, cont.asBoolean(false), origin));
      }
    }

    private void readTimeline(String name, String regionText, JsonNode list, int line) {
      RegionCode region;
      try {
        region = RegionCode.of(regionText);
      } catch (ValidationException e) {
        violations.add(at(line), regionText, "parameter " + name + ": " + e.violations().get(0).message());
        return;
      }
      if (!list.isArray()) {
        violations.add(at(line), "", "parameter " + name + ", region " + regionText + ": values must be a list of {from, until, value, source}");
        return;
      }
      String what = "parameter " + name + ", region " + region; // once a timeline, not once a value
      for (int i = 0; i < list.size(); i++) {
        readEntry(name, region, what, list.get(i), tree.line(list, i));
      }
    }

    private void readEntry(String name, RegionCode region, String what, JsonNode e, int line) {
      if (!e.isObject()) {
        violations.add(at(line), e.asText(), what + ": a value must be a mapping {from, until, value, source}");
        return;
      }
      unknownFields(e, ENTRY, what);
      LocalDate from = date(e, "from", what, true);
      LocalDate until = date(e, "until", what, false);
      if (from != null && until != null && !until.isAfter(from)) {
        violations.add(at(tree.line(e, "until")), until, what + ": 'until' must be after 'from' " + from);
        until = null;
        from = null;
      }
      boolean hasValue = e.has("value") && !e.get("value").isNull();
      if (!hasValue) {
        violations.add(at(line), "", what + ": 'value' is required");
      }
      Optional<Source> source = Optional.empty();
      JsonNode s = e.path("source");
      if (s.isMissingNode() || s.isNull()) {
        violations.add(at(line), "", what + ": every value needs a 'source'");
      } else if (s.isTextual()) {
        source = Optional.ofNullable(sources.get(s.asText()));
        if (source.isEmpty()) {
          violations.add(at(tree.line(e, "source")), s.asText(), what + ": no source with this id in the file's 'sources'");
        }
      } else {
        source = readSource(s, tree.line(e, "source"), what + ", source");
      }
      if (from != null && source.isPresent() && hasValue) {
        entries.add(new Entry(name, region, from, until, e.get("value"), source.get(), at(line)));
      }
    }

    private LocalDate date(JsonNode e, String field, String what, boolean required) {
      JsonNode n = e.path(field);
      if (n.isMissingNode() || n.isNull()) {
        if (required) {
          violations.add(at(tree.line(e)), "", what + ": '" + field + "' is required");
        }
        return null;
      }
      try {
        return isoDate(n.asText());
      } catch (DateTimeException x) {
        violations.add(at(tree.line(e, field)), n.asText(), what + ": '" + field + "' must be a date such as 2016-07-01");
        return null;
      }
    }

    private Optional<Source> readSource(JsonNode s, int line, String what) {
      if (!s.isObject()) {
        violations.add(at(line), s.asText(), what + " must be a mapping or the id of a source");
        return Optional.empty();
      }
      unknownFields(s, SOURCE, what);
      String issuer = s.path("issuer").asText("");
      String title = s.path("title").asText("");
      boolean ok = true;
      if (issuer.isBlank() || title.isBlank()) {
        violations.add(at(tree.line(s)), "", what + " needs an 'issuer' and a 'title'");
        ok = false;
      }
      Confidence confidence = null;
      String c = s.path("confidence").asText("");
      try {
        confidence = Confidence.valueOf(c.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException x) {
        violations.add(at(tree.line(s, "confidence")), c, what + ": confidence must be one of " + List.of(Confidence.values()));
        ok = false;
      }
      if (confidence == Confidence.ESTIMATED && optionalText(s, "note").filter(n -> !n.isBlank()).isEmpty()) {
        violations.add(at(tree.line(s)), "", what + ": an ESTIMATED value must state its method in 'note'");
        ok = false;
      }
      LocalDate date = date(s, "date", what, false);
      if (s.has("date") && date == null) {
        ok = false;
      }
      if (!ok) {
        return Optional.empty();
      }
      return Optional.of(new Source(issuer, title, Optional.ofNullable(date),
          optionalText(s, "link"), confidence, optionalText(s, "note")));
    }
  }

  /**
   * A date written YYYY-MM-DD, read without a formatter (a large file has two a value); any other
   * form goes to {@link LocalDate#parse}, which accepts what ISO 8601 allows and refuses the rest.
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static Optional<String> optionalText(JsonNode s, String field) {
    JsonNode n = s.path(field);
    return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  private Map<String, Parameter> build(Map<String, Parameter> base) {
    checkKeys(base);
    Map<String, Map<RegionCode, List<ParameterValue>>> values = new TreeMap<>();
    for (Entry e : entries) {
      Definition d = definitions.get(e.parameter());
      Unit unit = d != null ? d.unit() : base.containsKey(e.parameter()) ? base.get(e.parameter()).unit() : null;
      if (unit == null) {
        violations.add(e.origin(), e.parameter(), "no parameter named " + e.parameter() + " is defined (give it a 'unit' and 'description')");
        continue;
      }
      if (d != null && base.containsKey(e.parameter())) {
        continue; // reported below as a redefinition
      }
      Object value;
      try {
        value = bound(e.parameter(), unit.read(e.value()));
      } catch (IllegalArgumentException x) {
        violations.add(e.origin(), e.value().asText(), "parameter " + e.parameter() + ", region " + e.region() + ": " + x.getMessage());
        continue;
      } catch (ValidationException x) {
        x.violations().forEach(v -> violations.add(e.origin(), v.value(), "parameter " + e.parameter() + ", region "
            + e.region() + (v.path().isEmpty() ? "" : ", at " + v.path()) + ": " + v.message()));
        continue;
      }
      Range<LocalDate> period = e.until() == null ? Range.atLeast(e.from()) : Range.closedOpen(e.from(), e.until());
      values.computeIfAbsent(e.parameter(), k -> new TreeMap<>())
          .computeIfAbsent(e.region(), k -> new ArrayList<>())
          .add(ParameterValue.of(period, value, e.source(), e.origin()));
    }
    definitions.values().stream().filter(d -> base.containsKey(d.name())).forEach(d ->
        violations.add(d.origin(), d.name(), "parameter " + d.name() + " is already defined in the book this file changes"));
    Map<String, Parameter> out = new LinkedHashMap<>();
    for (Definition d : definitions.values()) {
      if (!base.containsKey(d.name())) {
        out.put(d.name(), new Parameter(d.name(), d.unit(), d.zh(), d.en(), d.continuous(),
            Optional.ofNullable(keys.get(d.name())), Map.of()));
      }
    }
    values.forEach((name, byRegion) -> {
      Parameter p = out.containsKey(name) ? out.get(name) : base.get(name);
      Map<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> timelines = new TreeMap<>();
      byRegion.forEach((region, list) -> timeline(p, region, list).ifPresent(t -> timelines.put(region, t)));
      out.put(name, p.withTimelines(timelines));
    });
    violations.throwIfAny();
    return out;
  }

  /**
   * Checks each key the code declares against the files: its parameter is defined, in a unit whose
   * values are of the key's type. (An overlay's keys are its base's, whose parameters are defined.)
   */
  private void checkKeys(Map<String, Parameter> base) {
    keys.forEach((name, key) -> {
      Definition d = definitions.get(name);
      if (d != null && !key.fits(d.unit())) {
        violations.add(d.origin(), d.unit().name(), "parameter " + name + " is read by the code as " + key.describe()
            + " (" + key.describeChinese() + "), but its unit " + d.unit().name() + " gives " + d.unit().kind().english
            + " (" + d.unit().kind().chinese + "); give it a unit of that kind");
      } else if (d == null && !base.containsKey(name)) {
        violations.add(name, "", "parameter " + name + " is read by the code as " + key.describe() + " ("
            + key.describeChinese() + "), but no file defines it (give it a 'unit' and 'description')");
      }
    });
  }

  /** A value bound to its key's type (a table's shape, a choice's constant), where the parameter has a key; other values as read. */
  private Object bound(String parameter, Object value) {
    ParameterKey<?> key = keys.get(parameter);
    if (key == null) {
      return value;
    }
    return value instanceof JsonNode tree ? key.bind(tree) : key.bindSingle(value);
  }

  private Optional<ImmutableRangeMap<LocalDate, ParameterValue>> timeline(Parameter p, RegionCode region, List<ParameterValue> list) {
    list.sort(Comparator.comparing(ParameterValue::from));
    boolean ok = true;
    for (int i = 1; i < list.size(); i++) {
      ParameterValue prev = list.get(i - 1);
      ParameterValue next = list.get(i);
      if (prev.range().isConnected(next.range()) && !prev.range().intersection(next.range()).isEmpty()) {
        violations.add(next.origin(), next.from(), "parameter " + p.name() + ", region " + region
            + ": period overlaps the value at " + prev.origin() + " (" + prev.range() + ")");
        ok = false;
      } else if (p.continuous() && prev.until().isPresent() && prev.until().get().isBefore(next.from())) {
        violations.add(next.origin(), next.from(), "parameter " + p.name() + ", region " + region
            + ": gap from " + prev.until().get() + " (the value at " + prev.origin() + " ends) to " + next.from()
            + "; this parameter must have a value on every day");
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    ImmutableRangeMap.Builder<LocalDate, ParameterValue> b = ImmutableRangeMap.builder();
    list.forEach(v -> b.put(v.range(), v));
    return Optional.of(b.build());
  }

}
