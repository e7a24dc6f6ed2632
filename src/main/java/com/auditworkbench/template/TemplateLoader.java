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
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an audit template (YAML, format in {@code audit-templates/README.md}) and reports every defect at once,
 * each with its line and column. A template with any defect is not handed out at all.
 */
public final class TemplateLoader {

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
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
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return failed(name, "template.defect.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            // The file name is the template id followed by .yaml (README, "Where the files live").
            return load(name, new StringReader(text), name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                    : name);
        } catch (CharacterCodingException e) {
            return failed(name, "template.defect.notUtf8");
        } catch (IOException e) {
            return failed(name, "template.defect.unreadable");
        }
    }

    public TemplateLoadResult load(String name, Reader reader) {
        return load(name, reader, null);
    }

    private TemplateLoadResult load(String name, Reader reader, String expectedId) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "" : e.getProblem();
            return new TemplateLoadResult(null, List.of(new TemplateDefect(name, mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, "template.defect.syntax", new Object[] {problem})));
        } catch (YAMLException e) {
            return failed(name, "template.defect.syntax", String.valueOf(e.getMessage()));
        }
        if (root == null) {
            return failed(name, "template.defect.empty");
        }
        Validation validation = new Validation(name, expectedId);
        ChecklistTemplate template = validation.template(root);
        return validation.defects.isEmpty() ? new TemplateLoadResult(template, List.of())
                : new TemplateLoadResult(null, validation.defects);
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
            defects.add(new TemplateDefect(file, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1,
                    key, args));
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
                String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
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
}
