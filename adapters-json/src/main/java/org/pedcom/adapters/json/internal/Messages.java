package org.pedcom.adapters.json.internal;

/** Small helpers for messages to people. */
public final class Messages {

    private Messages() {
    }

    /** A value as quoted in a message: at most 60 characters, control characters removed. */
    public static String clip(String text) {
        String s = text.replaceAll("\\p{Cntrl}", " ");
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /**
     * The message of a core constructor's {@link IllegalArgumentException} as shown to people. Inside personal data
     * only the field the core names is kept («PersonalData.fullName: недопустимое значение / invalid value»): core
     * messages may quote a value.
     */
    public static String[] fromCore(IllegalArgumentException e, boolean personal) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (personal) {
            int colon = m.indexOf(':');
            String field = colon > 0 ? m.substring(0, colon) + ": " : "";
            return new String[] {field + "недопустимое значение", "invalid value"};
        }
        int slash = m.indexOf(" / ");
        if (slash > 0) {
            return new String[] {m.substring(0, slash), m.substring(slash + 3)};
        }
        return new String[] {m, m};
    }
}
