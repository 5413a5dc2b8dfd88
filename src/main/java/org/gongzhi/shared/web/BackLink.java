package org.gongzhi.shared.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** The page of this site the person came from, as a local path, never an address elsewhere. */
public final class BackLink {

    private BackLink() {
    }

    public static Optional<String> of(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || path == null || !path.startsWith("/")
                    || path.startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
