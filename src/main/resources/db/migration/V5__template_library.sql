-- Templates a city imported into this workbench (its own checklists, or newer versions of shipped ones).
-- They live in the workbench, not on the laptop, so they travel with the audit. One row per id and version:
-- a version never changes its content once imported.
CREATE TABLE template_library (
    template_id  VARCHAR(100)  NOT NULL,
    version      VARCHAR(40)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    title_ja     VARCHAR(400)  NOT NULL,
    title_en     VARCHAR(400)  NOT NULL,
    yaml_text    CLOB          NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (template_id, version)
);
