package org.gongzhi.cases.open311;

/** A GeoReport v2 error: the HTTP status (400, 403 or 404) and a description meant for the client's user. */
public class Open311Error extends RuntimeException {

    private final int code;

    public Open311Error(int code, String description) {
        super(description);
        this.code = code;
    }

    public static Open311Error badRequest(String description) {
        return new Open311Error(400, description);
    }

    public static Open311Error notFound(String description) {
        return new Open311Error(404, description);
    }

    public int code() {
        return code;
    }
}
