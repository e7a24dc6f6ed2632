package com.auditworkbench.workbook;

import java.util.List;

/**
 * Where things are in a questionnaire workbook: shared by the writer and the reader, so a file written by one is
 * read by the other cell for cell.
 */
final class QuestionnaireLayout {

    /**
     * Sheet and structure protection password. Not a secret: it only keeps the layout from accidental edits (a
     * deleted row, a typed-over question); the import checks every row anyway.
     */
    static final String PROTECTION_PASSWORD = "awb-self-inspection";

    /** The very hidden sheet that identifies the file; its name is never shown, so it is not translated. */
    static final String IDENTITY_SHEET = "awb-identity";
    static final String FORMAT_VERSION = "1";

    static final int COLUMN_CODE = 0;
    static final int COLUMN_CATEGORY = 1;
    static final int COLUMN_QUESTION = 2;
    static final int COLUMN_EXPLANATION = 3;
    static final int COLUMN_ANSWER = 4;
    static final int COLUMN_COMMENT = 5;
    static final int[] COLUMN_WIDTHS = {12, 12, 44, 44, 17, 38};

    static final int TITLE_ROW = 0;
    static final int FIRST_DETAIL_ROW = 2;
    static final int RESPONDENT_ROW = 6;
    static final int RESPONDENT_COLUMN = 1;
    static final int INSTRUCTIONS_LABEL_ROW = 8;
    static final int INSTRUCTIONS_ROW = 9;
    static final int HEADER_ROW = 11;
    static final int FIRST_ITEM_ROW = HEADER_ROW + 1;

    /** Keys of the identity sheet and, prefixed, of the custom document properties. */
    static final String KEY_FORMAT = "format";
    static final String KEY_CAMPAIGN_UUID = "campaignUuid";
    static final String KEY_CAMPAIGN_CODE = "campaignCode";
    static final String KEY_DEPARTMENT_ID = "departmentId";
    static final String KEY_DEPARTMENT_CODE = "departmentCode";
    static final String KEY_DEPARTMENT_NAME = "departmentName";
    static final String KEY_TEMPLATE_ID = "templateId";
    static final String KEY_TEMPLATE_VERSION = "templateVersion";
    static final String KEY_QUESTION_COUNT = "questionCount";
    static final String KEY_QUESTION_CHECKSUM = "questionChecksum";
    static final List<String> IDENTITY_KEYS = List.of(KEY_FORMAT, KEY_CAMPAIGN_UUID, KEY_CAMPAIGN_CODE,
            KEY_DEPARTMENT_ID, KEY_DEPARTMENT_CODE, KEY_DEPARTMENT_NAME, KEY_TEMPLATE_ID, KEY_TEMPLATE_VERSION,
            KEY_QUESTION_COUNT, KEY_QUESTION_CHECKSUM);
    /** The seal (HMAC) over the identity values; absent in files written before seals. */
    static final String KEY_SEAL = "identitySeal";
    /** Every key read: the identity and, when there is one, its seal. */
    static final List<String> SEALED_KEYS = List.of(KEY_FORMAT, KEY_CAMPAIGN_UUID, KEY_CAMPAIGN_CODE,
            KEY_DEPARTMENT_ID, KEY_DEPARTMENT_CODE, KEY_DEPARTMENT_NAME, KEY_TEMPLATE_ID, KEY_TEMPLATE_VERSION,
            KEY_QUESTION_COUNT, KEY_QUESTION_CHECKSUM, KEY_SEAL);
    static final String PROPERTY_PREFIX = "AuditWorkbench.";

    private QuestionnaireLayout() {
    }
}
