package com.auditworkbench.domain;

/**
 * How good a new workbench passphrase is. Shorter than {@value #MINIMUM} is refused; short or of one kind of
 * character only is accepted with a warning, since the file may hold personal data.
 */
public final class PassphrasePolicy {

    public static final int MINIMUM = 8;
    public static final int RECOMMENDED = 12;

    /** The verdict on a passphrase. */
    public enum Strength { TOO_SHORT, WEAK, GOOD }

    private PassphrasePolicy() {
    }

    public static Strength assess(CharSequence passphrase) {
        int length = passphrase.codePoints().toArray().length;
        if (length < MINIMUM) {
            return Strength.TOO_SHORT;
        }
        int kinds = 0;
        kinds += passphrase.codePoints().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += passphrase.codePoints().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += passphrase.codePoints().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += passphrase.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        kinds += passphrase.codePoints().anyMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c)
                && !Character.isUpperCase(c)) ? 1 : 0;
        long distinct = passphrase.codePoints().distinct().count();
        if (length < RECOMMENDED || kinds < 2 || distinct < 6) {
            return Strength.WEAK;
        }
        return Strength.GOOD;
    }
}
