package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.CLASSIFICATION_LEVEL;
import static com.auditworkbench.store.schema.Tables.CLASSIFICATION_SCHEME;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.INFORMATION_ASSET;
import static com.auditworkbench.store.schema.Tables.MIDTERM_ROW;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.ClassificationDimension;
import com.auditworkbench.domain.ClassificationScheme;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.Segment;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The asset and system register (Art. 9) and the classification schemes its entries are classified on. */
public final class AssetRepository {

    private final DSLContext dsl;

    AssetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The scheme in use in this workbench. */
    public ClassificationScheme schemeInUse() {
        String code = dsl.select(CLASSIFICATION_SCHEME.CODE).from(CLASSIFICATION_SCHEME)
                .where(CLASSIFICATION_SCHEME.IN_USE.isTrue()).orderBy(CLASSIFICATION_SCHEME.CODE).limit(1)
                .fetchSingle().value1();
        return scheme(code).orElseThrow();
    }

    public List<ClassificationScheme> schemes() {
        return dsl.select(CLASSIFICATION_SCHEME.CODE).from(CLASSIFICATION_SCHEME).orderBy(CLASSIFICATION_SCHEME.CODE)
                .fetch(CLASSIFICATION_SCHEME.CODE).stream().map(c -> scheme(c).orElseThrow()).toList();
    }

    public Optional<ClassificationScheme> scheme(String code) {
        var row = dsl.selectFrom(CLASSIFICATION_SCHEME).where(CLASSIFICATION_SCHEME.CODE.eq(code)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Map<ClassificationDimension, List<ClassificationScheme.Level>> levels = new EnumMap<>(
                ClassificationDimension.class);
        for (var level : dsl.selectFrom(CLASSIFICATION_LEVEL).where(CLASSIFICATION_LEVEL.SCHEME_CODE.eq(code))
                .orderBy(CLASSIFICATION_LEVEL.DIMENSION, CLASSIFICATION_LEVEL.POSITION).fetch()) {
            ClassificationDimension d = ClassificationDimension.fromCode(level.getDimension()).orElseThrow();
            levels.computeIfAbsent(d, x -> new ArrayList<>())
                    .add(new ClassificationScheme.Level(level.getCode(), level.getPoints()));
        }
        return Optional.of(new ClassificationScheme(code, new LocalizedText(row.getNameJa(), row.getNameEn()),
                levels));
    }

    public void useScheme(String code) {
        dsl.update(CLASSIFICATION_SCHEME).set(CLASSIFICATION_SCHEME.IN_USE, CLASSIFICATION_SCHEME.CODE.eq(code))
                .execute();
    }

    /** What an edit sets, the same for a new entry and a changed one. */
    private static Map<org.jooq.Field<?>, Object> editable(AssetEntry entry, long departmentId) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(INFORMATION_ASSET.NAME, entry.name());
        values.put(INFORMATION_ASSET.KIND, entry.kind().code());
        values.put(INFORMATION_ASSET.DEPARTMENT_ID, departmentId);
        values.put(INFORMATION_ASSET.SEGMENT, entry.segment().code());
        values.put(INFORMATION_ASSET.CONFIDENTIALITY, entry.classification().confidentiality());
        values.put(INFORMATION_ASSET.INTEGRITY, entry.classification().integrity());
        values.put(INFORMATION_ASSET.AVAILABILITY, entry.classification().availability());
        values.put(INFORMATION_ASSET.NOTES, entry.notes());
        return values;
    }

    public long insert(AssetEntry entry, long departmentId, OffsetDateTime at) {
        return dsl.insertInto(INFORMATION_ASSET)
                .set(editable(entry, departmentId))
                .set(INFORMATION_ASSET.CREATED_AT, at)
                .set(INFORMATION_ASSET.UPDATED_AT, at)
                .returningResult(INFORMATION_ASSET.ID)
                .fetchSingle()
                .value1();
    }

    public void update(long id, AssetEntry entry, long departmentId, OffsetDateTime at) {
        dsl.update(INFORMATION_ASSET)
                .set(editable(entry, departmentId))
                .set(INFORMATION_ASSET.UPDATED_AT, at)
                .where(INFORMATION_ASSET.ID.eq(id))
                .execute();
    }

    /** Whether a medium-term plan's rotation names the entry (it cannot be deleted then). */
    public boolean inRotation(long id) {
        return dsl.fetchExists(MIDTERM_ROW, MIDTERM_ROW.ASSET_ID.eq(id));
    }

    public void delete(long id) {
        dsl.deleteFrom(INFORMATION_ASSET).where(INFORMATION_ASSET.ID.eq(id)).execute();
    }

    public List<InformationAsset> all() {
        return dsl.select(INFORMATION_ASSET.fields()).select(DEPARTMENT.fields())
                .from(INFORMATION_ASSET)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INFORMATION_ASSET.DEPARTMENT_ID))
                .orderBy(DEPARTMENT.CODE, INFORMATION_ASSET.NAME)
                .fetch(AssetRepository::map);
    }

    public Optional<InformationAsset> find(long id) {
        return dsl.select(INFORMATION_ASSET.fields()).select(DEPARTMENT.fields())
                .from(INFORMATION_ASSET)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INFORMATION_ASSET.DEPARTMENT_ID))
                .where(INFORMATION_ASSET.ID.eq(id))
                .fetchOptional(AssetRepository::map);
    }

    static InformationAsset map(Record r) {
        return new InformationAsset(
                r.get(INFORMATION_ASSET.ID),
                r.get(INFORMATION_ASSET.NAME),
                AssetKind.fromCode(r.get(INFORMATION_ASSET.KIND)).orElse(AssetKind.SYSTEM),
                DepartmentRepository.map(r),
                Segment.fromCode(r.get(INFORMATION_ASSET.SEGMENT)).orElseThrow(),
                new Classification(r.get(INFORMATION_ASSET.CONFIDENTIALITY), r.get(INFORMATION_ASSET.INTEGRITY),
                        r.get(INFORMATION_ASSET.AVAILABILITY)),
                r.get(INFORMATION_ASSET.NOTES));
    }
}
