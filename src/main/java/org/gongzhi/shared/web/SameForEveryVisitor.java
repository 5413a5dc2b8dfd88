package org.gongzhi.shared.web;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A public page that every visitor without an account sees alike, declared as a bean by the module that serves it:
 * {@link VisitorPages} renders it once for all of them and keeps it for a few seconds.
 */
public record SameForEveryVisitor(PathPattern pattern) {

    public static SameForEveryVisitor at(String pattern) {
        return new SameForEveryVisitor(PathPatternParser.defaultInstance.parse(pattern));
    }
}
