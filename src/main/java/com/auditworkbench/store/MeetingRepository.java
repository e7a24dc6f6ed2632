package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.COMMITTEE_MEETING;

import com.auditworkbench.domain.CommitteeMeeting;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Meetings of the information-security committee. */
public final class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(LocalDate date, String title, OffsetDateTime at) {
        return dsl.insertInto(COMMITTEE_MEETING)
                .set(COMMITTEE_MEETING.MEETING_DATE, date)
                .set(COMMITTEE_MEETING.TITLE, title)
                .set(COMMITTEE_MEETING.CREATED_AT, at)
                .returningResult(COMMITTEE_MEETING.ID)
                .fetchSingle()
                .value1();
    }

    public boolean delete(long meetingId) {
        return dsl.deleteFrom(COMMITTEE_MEETING).where(COMMITTEE_MEETING.ID.eq(meetingId)).execute() == 1;
    }

    /** The meetings from {@code first} to {@code last} inclusive, by date. */
    public List<CommitteeMeeting> between(LocalDate first, LocalDate last) {
        return dsl.selectFrom(COMMITTEE_MEETING)
                .where(COMMITTEE_MEETING.MEETING_DATE.between(first, last))
                .orderBy(COMMITTEE_MEETING.MEETING_DATE, COMMITTEE_MEETING.ID)
                .fetch(r -> new CommitteeMeeting(r.getId(), r.getMeetingDate(), r.getTitle()));
    }
}
