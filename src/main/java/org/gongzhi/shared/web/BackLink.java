package org.gongzhi.shared.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page of this site the person came from, as a local path, never an address elsewhere: the Referer must name
 * this very origin (scheme, host and port), and the path must be one a browser cannot read as another host's
 * ("//host", "/\\host", or either hidden behind percent-encoding).
 */
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
            if (!sameOrigin(request, uri) || uri.getRawUserInfo() != null || path == null || !localPath(path)) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(HttpServletRequest request, URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443
                : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
        return uri.getScheme().equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
    }

    private static boolean localPath(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return path.startsWith("/") && !path.startsWith("//") && !lower.startsWith("/%2f") && !lower.startsWith("/%5c")
                && path.indexOf('\\') < 0;
    }
}
