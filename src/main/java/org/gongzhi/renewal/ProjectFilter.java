package org.gongzhi.renewal;

/** Which projects a list shows: any of state, kind and a part of the place's name may be left out (null). */
public record ProjectFilter(ProjectState state, ProjectKind kind, String place) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null);

    public static ProjectFilter of(ProjectState state) {
        return new ProjectFilter(state, null, null);
    }

    /** The place as searched: trimmed, and null when blank. */
    public String placeText() {
        return place == null || place.isBlank() ? null : place.strip();
    }
}
