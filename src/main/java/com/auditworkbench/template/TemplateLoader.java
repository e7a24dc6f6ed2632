package com.auditworkbench.template;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.IsoControls;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.Regulation;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.domain.Threat;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads an audit template (YAML, format in {@code audit-templates/README.md}) and reports every defect at once,
 * each with its line and column. A template with any defect is not handed out at all.
 */
public final class TemplateLoader {

    /** The shipped templates hold 145 KB (174 items) and 56 KB (57 items); see docs/decisions/0012. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Items in a template, and entries in any one list or mapping (refused while parsing). */
    static final int MAX_ITEMS = 5_000;
    static final int MAX_LIST_VALUES = 100;
    /** Mappings and lists inside each other; a template needs four (template, items, item, text). */
    static final int MAX_NESTING = 16;
    static final int MAX_COLLECTION_ALIASES = 20;
    static final int MAX_DEFECTS = 100;
    private static final Set<String> TOP_KEYS = Set.of("id", "version", "kind", "title", "language", "answerScale",
            "basedOn", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "title", "category", "articles", "threats", "segments",
            "networkModels", "priority", "procedure", "evidence", "question", "explanation", "iso27002");
    private static final Set<String> TEXT_KEYS = Set.of("ja", "en");
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Z]{2,4}(-[A-Z0-9]{2,5})*-[0-9]{3}");
    private static final String ALL = "all";
    private static final Map<TemplateKind, String> SCALE_OF_KIND = Map.of(
            TemplateKind.AUDIT, "audit-result", TemplateKind.SELF_INSPECTION, "self-inspection");

    public TemplateLoadResult load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            // Attributes follow a symbolic link to its target; a FIFO or a device is refused before it is opened
            // (opening a FIFO waits for a writer, a device never ends).
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return failed(name, "template.defect.notRegularFile");
            }
            byte[] bytes = attributes.size() > MAX_FILE_BYTES ? null : readAtMost(file, MAX_FILE_BYTES);
            if (bytes == null) {
                return failed(name, "template.defect.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            // The file name is the template id followed by .yaml (README, "Where the files live").
            return load(name, new StringReader(text), name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                    : name);
        } catch (CharacterCodingException e) {
            return failed(name, "template.defect.notUtf8");
        } catch (NoSuchFileException e) {
            return failed(name, "template.defect.notFound");
        } catch (IOException e) {
            return failed(name, "template.defect.unreadable");
        }
    }

    /** The file's bytes, or null when it holds more than {@code limit} (its size may grow while it is read). */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    public TemplateLoadResult load(String name, Reader reader) {
        return load(name, reader, null);
    }

    private TemplateLoadResult load(String name, Reader reader, String expectedId) {
        Node root;
        try {
            LoaderOptions options = parserOptions();
            Parser events = new BoundedParser(new ParserImpl(new StreamReader(reader), options), MAX_ITEMS);
            root = new Composer(events, new Resolver(), options).getSingleNode();
        } catch (BoundedParser.TooLong e) {
            return new TemplateLoadResult(null, List.of(new TemplateDefect(name, e.line + 1, e.column + 1,
                    "template.defect.tooLong", new Object[] {MAX_ITEMS})));
        } catch (YAMLException e) {
            Optional<TemplateDefect> limit = limitExceeded(name, String.valueOf(e.getMessage()));
            if (limit.isPresent()) {
                return new TemplateLoadResult(null, List.of(limit.get()));
            }
            if (e instanceof MarkedYAMLException marked) {
                Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
                String problem = marked.getProblem() == null ? "" : marked.getProblem();
                return new TemplateLoadResult(null, List.of(new TemplateDefect(name,
                        mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                        "template.defect.syntax", new Object[] {problem})));
            }
            return failed(name, "template.defect.syntax", String.valueOf(e.getMessage()));
        }
        if (root == null) {
            return failed(name, "template.defect.empty");
        }
        Validation validation = new Validation(name, expectedId);
        ChecklistTemplate template;
        try {
            template = validation.template(root);
        } catch (TooManyDefects e) {
            validation.defects.add(new TemplateDefect(name, e.line, e.column, "template.defect.tooManyDefects",
                    new Object[] {MAX_DEFECTS}));
            template = null;
        }
        return validation.defects.isEmpty() ? new TemplateLoadResult(template, List.of())
                : new TemplateLoadResult(null, validation.defects);
    }

    /**
     * Limits a template never comes near (docs/decisions/0012): a hostile file fails fast, in bounded memory, with
     * one sentence. Recursive keys are refused by the validation, which accepts only plain keys.
     */
    private static LoaderOptions parserOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by the validation, with both lines
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        return options;
    }

    /** SnakeYAML says which limit was hit only in its message; each becomes one defect of its own. */
    private static Optional<TemplateDefect> limitExceeded(String name, String message) {
        if (message.contains("Nesting Depth exceeded")) {
            return Optional.of(new TemplateDefect(name, 1, 1, "template.defect.tooDeep", new Object[] {MAX_NESTING}));
        }
        if (message.contains("Number of aliases for non-scalar nodes exceeds")) {
            return Optional.of(new TemplateDefect(name, 1, 1, "template.defect.tooManyAliases",
                    new Object[] {MAX_COLLECTION_ALIASES}));
        }
        if (message.contains("The incoming YAML document exceeds the limit")) {
            return Optional.of(new TemplateDefect(name, 1, 1, "template.defect.tooLarge",
                    new Object[] {MAX_FILE_BYTES / (1024 * 1024)}));
        }
        return Optional.empty();
    }

    private static TemplateLoadResult failed(String name, String key, Object... args) {
        return new TemplateLoadResult(null, List.of(new TemplateDefect(name, 1, 1, key, args)));
    }

    /** One pass over one file, collecting defects as it goes. */
    private static final class Validation {
        private final String file;
        private final List<TemplateDefect> defects = new ArrayList<>();
        private final String expectedId;

        Validation(String file, String expectedId) {
            this.file = file;
            this.expectedId = expectedId;
        }

        void defect(Node at, String key, Object... args) {
            int line = at.getStartMark().getLine() + 1;
            int column = at.getStartMark().getColumn() + 1;
            if (defects.size() == MAX_DEFECTS) {
                throw new TooManyDefects(line, column);
            }
            defects.add(new TemplateDefect(file, line, column, key, args));
        }

        ChecklistTemplate template(Node root) {
            Map<String, NodeTuple> top = mapping(root, TOP_KEYS, "template");
            if (top == null) {
                return null;
            }
            String id = requiredScalar(root, top, "id", "template");
            if (id != null && !TEMPLATE_ID.matcher(id).matches()) {
                defect(top.get("id").getValueNode(), "template.defect.badTemplateId", id);
            } else if (id != null && expectedId != null && !id.equals(expectedId)) {
                defect(top.get("id").getValueNode(), "template.defect.idNotFileName", id, expectedId + ".yaml");
            }
            String version = requiredScalar(root, top, "version", "template");
            if (version != null && !VERSION.matcher(version).matches()) {
                defect(top.get("version").getValueNode(), "template.defect.badVersion", version);
            }
            TemplateKind kind = enumValue(root, top, "kind", "template", TemplateKind::fromCode,
                    "audit, self-inspection");
            LocalizedText title = text(root, top, "title", "template", true);
            String language = requiredScalar(root, top, "language", "template");
            if (language != null && !Set.of("ja", "en").contains(language)) {
                defect(top.get("language").getValueNode(), "template.defect.badValue", "language", language, "ja, en");
            }
            String scale = requiredScalar(root, top, "answerScale", "template");
            if (scale != null && kind != null && !SCALE_OF_KIND.get(kind).equals(scale)) {
                defect(top.get("answerScale").getValueNode(), "template.defect.badValue", "answerScale", scale,
                        SCALE_OF_KIND.get(kind));
            }
            LocalizedText basedOn = text(root, top, "basedOn", "template", true);
            List<ChecklistItem> items = new ArrayList<>();
            NodeTuple itemsTuple = require(root, top, "items", "template");
            if (itemsTuple != null) {
                Node itemsNode = itemsTuple.getValueNode();
                if (!(itemsNode instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                    defect(itemsNode, "template.defect.noItems");
                } else {
                    Map<String, Node> seen = new HashMap<>();
                    for (Node itemNode : sequence.getValue()) {
                        item(itemNode, kind, seen).ifPresent(items::add);
                    }
                }
            }
            if (!defects.isEmpty()) {
                return null;
            }
            return new ChecklistTemplate(id, version, kind, title, language, scale, basedOn, items);
        }

        Optional<ChecklistItem> item(Node node, TemplateKind kind, Map<String, Node> seen) {
            Map<String, NodeTuple> m = mapping(node, ITEM_KEYS, "item");
            if (m == null) {
                return Optional.empty();
            }
            int before = defects.size();
            String id = requiredScalar(node, m, "id", "item");
            String where = id == null ? "item" : id;
            if (id != null) {
                Node idNode = m.get("id").getValueNode();
                if (!ITEM_ID.matcher(id).matches()) {
                    defect(idNode, "template.defect.badItemId", id);
                }
                Node first = seen.putIfAbsent(id, idNode);
                if (first != null) {
                    defect(idNode, "template.defect.duplicateItemId", id, String.valueOf(first.getStartMark().getLine() + 1));
                }
            }
            LocalizedText title = text(node, m, "title", where, true);
            Category category = enumValue(node, m, "category", where, Category::fromCode,
                    "human, physical, technical, operational, resilience, outsourcing, review, emergency");
            List<String> articles = stringList(node, m, "articles", where, true);
            for (int i = 0; i < articles.size(); i++) {
                if (!Regulation.exists(articles.get(i))) {
                    defect(listElement(m, "articles", i), "template.defect.unknownArticle", articles.get(i));
                } else if (articles.subList(0, i).contains(articles.get(i))) {
                    defect(listElement(m, "articles", i), "template.defect.repeatedValue", "articles", articles.get(i));
                }
            }
            Set<Threat> threats = enumSet(node, m, "threats", where, Threat.class, Threat::fromCode, false);
            Set<Segment> segments = enumSet(node, m, "segments", where, Segment.class, Segment::fromCode, true);
            Set<NetworkModel> models = enumSet(node, m, "networkModels", where, NetworkModel.class,
                    NetworkModel::fromCode, true);
            boolean priority = bool(node, m, "priority", where);
            boolean audit = kind == TemplateKind.AUDIT;
            boolean selfInspection = kind == TemplateKind.SELF_INSPECTION;
            LocalizedText procedure = optionalText(node, m, "procedure", where, audit);
            List<String> evidence = m.containsKey("evidence") || audit
                    ? stringList(node, m, "evidence", where, audit) : List.of();
            LocalizedText question = optionalText(node, m, "question", where, selfInspection);
            LocalizedText explanation = optionalText(node, m, "explanation", where, selfInspection);
            List<String> iso = stringList(node, m, "iso27002", where, false);
            for (int i = 0; i < iso.size(); i++) {
                if (!IsoControls.exists(iso.get(i))) {
                    defect(listElement(m, "iso27002", i), "template.defect.unknownIsoControl", iso.get(i));
                } else if (iso.subList(0, i).contains(iso.get(i))) {
                    defect(listElement(m, "iso27002", i), "template.defect.repeatedValue", "iso27002", iso.get(i));
                }
            }
            if (defects.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new ChecklistItem(id, title, category, articles, threats, segments, models, priority,
                    procedure, evidence, question, explanation, iso));
        }

        private Map<String, NodeTuple> mapping(Node node, Set<String> allowed, String where) {
            if (!(node instanceof MappingNode mappingNode)) {
                defect(node, "template.defect.notMapping", where);
                return null;
            }
            Map<String, NodeTuple> result = new LinkedHashMap<>();
            for (NodeTuple tuple : mappingNode.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    // never printed: a key that is a list or a mapping may hold itself (&a [*a]: x)
                    defect(keyNode, "template.defect.keyNotPlain", where);
                    continue;
                }
                String key = scalarKey.getValue();
                if (!allowed.contains(key)) {
                    defect(keyNode, "template.defect.unknownKey", key, where, String.join(", ", allowed.stream().sorted().toList()));
                } else if (result.putIfAbsent(key, tuple) != null) {
                    defect(keyNode, "template.defect.duplicateKey", key, where);
                }
            }
            return result;
        }

        private NodeTuple require(Node parent, Map<String, NodeTuple> m, String key, String where) {
            NodeTuple tuple = m.get(key);
            if (tuple == null) {
                defect(parent, "template.defect.missingKey", key, where);
            }
            return tuple;
        }

        private String requiredScalar(Node parent, Map<String, NodeTuple> m, String key, String where) {
            NodeTuple tuple = require(parent, m, key, where);
            if (tuple == null) {
                return null;
            }
            return scalar(tuple.getValueNode(), key, where);
        }

        private String scalar(Node node, String key, String where) {
            if (!(node instanceof ScalarNode s)) {
                defect(node, "template.defect.notScalar", key, where);
                return null;
            }
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                defect(node, "template.defect.emptyValue", key, where);
                return null;
            }
            return value;
        }

        private <E> E enumValue(Node parent, Map<String, NodeTuple> m, String key, String where,
                Function<String, Optional<E>> parse, String allowed) {
            String value = requiredScalar(parent, m, key, where);
            if (value == null) {
                return null;
            }
            Optional<E> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                defect(m.get(key).getValueNode(), "template.defect.badValue", key, value, allowed);
            }
            return parsed.orElse(null);
        }

        private boolean bool(Node parent, Map<String, NodeTuple> m, String key, String where) {
            String value = requiredScalar(parent, m, key, where);
            if (value == null) {
                return false;
            }
            if (!value.equals("true") && !value.equals("false")) {
                defect(m.get(key).getValueNode(), "template.defect.badValue", key, value, "true, false");
            }
            return value.equals("true");
        }

        private LocalizedText text(Node parent, Map<String, NodeTuple> m, String key, String where,
                boolean englishRequired) {
            NodeTuple tuple = require(parent, m, key, where);
            return tuple == null ? LocalizedText.of("") : textValue(tuple.getValueNode(), key, where, englishRequired);
        }

        private LocalizedText optionalText(Node parent, Map<String, NodeTuple> m, String key, String where,
                boolean required) {
            if (!m.containsKey(key)) {
                if (required) {
                    defect(parent, "template.defect.missingKey", key, where);
                }
                return LocalizedText.of("");
            }
            // en is required in every text object except procedure (README, "Text objects").
            return textValue(m.get(key).getValueNode(), key, where, !key.equals("procedure"));
        }

        private LocalizedText textValue(Node node, String key, String where, boolean englishRequired) {
            String label = where + "." + key;
            Map<String, NodeTuple> t = mapping(node, TEXT_KEYS, label);
            if (t == null) {
                return LocalizedText.of("");
            }
            String ja = null;
            if (!t.containsKey("ja")) {
                defect(node, "template.defect.emptyJapanese", label);
            } else {
                Node jaNode = t.get("ja").getValueNode();
                if (!(jaNode instanceof ScalarNode s) || s.getValue().isBlank()) {
                    defect(jaNode, "template.defect.emptyJapanese", label);
                } else {
                    ja = s.getValue().strip();
                }
            }
            String en = "";
            if (t.containsKey("en")) {
                Node enNode = t.get("en").getValueNode();
                if (enNode instanceof ScalarNode s) {
                    en = s.getValue().strip();
                } else {
                    defect(enNode, "template.defect.notScalar", "en", label);
                }
            } else if (englishRequired) {
                defect(node, "template.defect.missingKey", "en", label);
            }
            return new LocalizedText(ja, en);
        }

        private List<String> stringList(Node parent, Map<String, NodeTuple> m, String key, String where,
                boolean nonEmpty) {
            NodeTuple tuple = require(parent, m, key, where);
            if (tuple == null) {
                return List.of();
            }
            Node node = tuple.getValueNode();
            if (!(node instanceof SequenceNode sequence)) {
                defect(node, "template.defect.notList", key, where);
                return List.of();
            }
            if (nonEmpty && sequence.getValue().isEmpty()) {
                defect(node, "template.defect.emptyList", key, where);
            }
            if (sequence.getValue().size() > MAX_LIST_VALUES) {
                defect(node, "template.defect.tooManyValues", key, where, sequence.getValue().size(),
                        MAX_LIST_VALUES);
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (Node element : sequence.getValue()) {
                String value = scalar(element, key, where);
                values.add(value == null ? "" : value);
            }
            return values;
        }

        private Node listElement(Map<String, NodeTuple> m, String key, int index) {
            return ((SequenceNode) m.get(key).getValueNode()).getValue().get(index);
        }

        private <E extends Enum<E>> Set<E> enumSet(Node parent, Map<String, NodeTuple> m, String key, String where,
                Class<E> type, Function<String, Optional<E>> parse, boolean allAllowed) {
            List<String> codes = stringList(parent, m, key, where, true);
            Set<E> values = EnumSet.noneOf(type);
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                Node at = codes.isEmpty() ? parent : listElement(m, key, i);
                if (allAllowed && ALL.equals(code)) {
                    if (codes.size() > 1) {
                        defect(at, "template.defect.allNotAlone", key);
                    }
                    values.addAll(EnumSet.allOf(type));
                    continue;
                }
                Optional<E> parsed = parse.apply(code);
                if (parsed.isEmpty()) {
                    defect(at, "template.defect.badValue", key, code, allowedCodes(type, allAllowed));
                } else if (!values.add(parsed.get()) && !(allAllowed && codes.contains(ALL))) {
                    defect(at, "template.defect.repeatedValue", key, code);
                }
            }
            return values;
        }

        private static <E extends Enum<E>> String allowedCodes(Class<E> type, boolean allAllowed) {
            List<String> codes = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                codes.add(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
            if (allAllowed) {
                codes.add(ALL);
            }
            return String.join(", ", codes);
        }
    }

    /** Ends a validation that has said enough: the rest of a hostile file is not read for more of the same. */
    private static final class TooManyDefects extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        TooManyDefects(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
