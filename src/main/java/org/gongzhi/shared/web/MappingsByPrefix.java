package org.gongzhi.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the handler of a request with a path variable among the few mappings that could match it. Spring tests each
 * of the application's five hundred mappings in turn for such a request (its method first, through every request
 * wrapper the filters put on, then its patterns); even passing most over by a quick test of their beginning, going
 * through all of them took a seventh of the CPU of the public stairwell card under load. Here the mappings are filed
 * by the literal beginning of their patterns (the text before the first variable or wildcard), and a request is
 * tested against those whose beginning its path starts with, and those that could match any path. No mapping that
 * could match is left out: every path a pattern matches starts with the pattern's beginning. What is not the plain
 * case goes to Spring's own search, unchanged: a path with a direct (variable-free) mapping, a path whose segments
 * compare otherwise than their raw text (a percent-encoded character, a {@code ;} matrix variable), a CORS
 * pre-flight, and two equally good matches (Spring names the ambiguity). A request no mapping matches is answered by
 * Spring's own refusal over every mapping (404, 405, 415).
 */
class MappingsByPrefix extends RequestMappingHandlerMapping {

    private static final String[] ANY = new String[0];

    private volatile Filed filed = new Filed(Map.of());

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        filed = new Filed(handlerMethods);
    }

    /** A mapping registered after start-up is filed too (none of the application's are; a library's might be). */
    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        filed = new Filed(getHandlerMethods());
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        filed = new Filed(getHandlerMethods());
    }

    /** The literal beginnings of the mapping's patterns; none (ANY) when one of them could match any path. */
    static String[] beginnings(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY;
        }
        String[] found = new String[condition.getPatterns().size()];
        int i = 0;
        for (PathPattern pattern : condition.getPatterns()) {
            String text = pattern.getPatternString();
            int end = 0;
            while (end < text.length() && "{*?".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end == 0 || text.charAt(0) != '/') {
                return ANY;
            }
            found[i++] = text.substring(0, end);
        }
        return found;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
        Filed mappings = filed;
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0 || mappings.direct.contains(path)
                || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(path, request);
        }
        List<RequestMappingInfo[]> matches = new ArrayList<>(2);
        for (RequestMappingInfo info : mappings.candidates(path)) {
            RequestMappingInfo match = getMatchingMapping(info, request);
            if (match != null) {
                matches.add(new RequestMappingInfo[] {match, info});
            }
        }
        if (matches.isEmpty()) {
            return handleNoMatch(mappings.handlers.keySet(), path, request);
        }
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> order = getMappingComparator(request);
            matches.sort((a, b) -> order.compare(a[0], b[0]));
            if (order.compare(matches.get(0)[0], matches.get(1)[0]) == 0) {
                return super.lookupHandlerMethod(path, request);
            }
        }
        HandlerMethod handler = mappings.handlers.get(matches.get(0)[1]);
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(matches.get(0)[0], path, request);
        return handler;
    }

    /** The mappings a request to the path is tested against when it has no direct mapping. */
    List<RequestMappingInfo> candidates(String path) {
        return filed.candidates(path);
    }

    /** The mappings filed by the beginnings of their patterns, and the paths some mapping names without a variable. */
    private static final class Filed {

        final Map<RequestMappingInfo, HandlerMethod> handlers = new IdentityHashMap<>();
        final Set<String> direct = new HashSet<>();
        final List<RequestMappingInfo> anywhere = new ArrayList<>();
        final Map<String, List<RequestMappingInfo>> byBeginning = new HashMap<>();
        final int[] lengths;

        Filed(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            handlers.putAll(handlerMethods);
            TreeSet<Integer> sizes = new TreeSet<>();
            for (RequestMappingInfo info : handlerMethods.keySet()) {
                direct.addAll(info.getDirectPaths());
                String[] beginnings = beginnings(info);
                if (beginnings.length == 0) {
                    anywhere.add(info);
                }
                for (String beginning : beginnings) {
                    byBeginning.computeIfAbsent(beginning, b -> new ArrayList<>(2)).add(info);
                    sizes.add(beginning.length());
                }
            }
            lengths = sizes.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The mappings that could match the path (one with two beginnings the path starts with, twice). */
        List<RequestMappingInfo> candidates(String path) {
            List<RequestMappingInfo> found = new ArrayList<>(anywhere);
            for (int length : lengths) {
                if (length > path.length()) {
                    break;
                }
                List<RequestMappingInfo> filedHere = byBeginning.get(path.substring(0, length));
                if (filedHere != null) {
                    found.addAll(filedHere);
                }
            }
            return found;
        }
    }
}
