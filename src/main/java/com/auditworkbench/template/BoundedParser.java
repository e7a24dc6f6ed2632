package com.auditworkbench.template;

import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Hands SnakeYAML's events on to its composer and stops at the first list or mapping holding more than
 * {@code maxEntries}: a list of a million values is refused after a few thousand, before its nodes are built.
 */
final class BoundedParser implements Parser {

    private final Parser events;
    private final int maxEntries;
    /** Each open list and mapping: nodes seen in it, nodes per entry (a mapping's key and value), line, column. */
    private final Deque<int[]> open = new ArrayDeque<>();

    BoundedParser(Parser events, int maxEntries) {
        this.events = events;
        this.maxEntries = maxEntries;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return events.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = events.getEvent();
        switch (event.getEventId()) {
            case Scalar, Alias -> count(event);
            case SequenceStart, MappingStart -> {
                count(event);
                open.push(new int[] {0, event.is(Event.ID.MappingStart) ? 2 : 1, event.getStartMark().getLine(),
                    event.getStartMark().getColumn()});
            }
            case SequenceEnd, MappingEnd -> open.pop();
            default -> {
                // stream, document and comment events hold no entries
            }
        }
        return event;
    }

    private void count(Event event) {
        int[] enclosing = open.peek();
        if (enclosing != null && ++enclosing[0] > maxEntries * enclosing[1]) {
            throw new TooLong(enclosing[2], enclosing[3]);
        }
    }

    /** A list or mapping over the limit, at the line and column (from 0) where it starts. */
    static final class TooLong extends YAMLException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TooLong(int line, int column) {
            super("a list or mapping holds too many entries");
            this.line = line;
            this.column = column;
        }
    }
}
