package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** English says "1 proposal" and "2 proposals": a count followed by a plural noun is a choice on the number. */
class EnglishCountsAgreeTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** A number before a plural noun, not yet a choice; verbs and abbreviations that end in s are not nouns. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d(,number[^}]*)?\\} (?!(is|has|was|unless|decides|yrs)\\b)[a-zA-Z-]+s\\b");
    /** Messages whose arguments are already formatted text, or read by the page's script, keep a bare count. */
    private static final Set<String> TEXT_ARGUMENTS = Set.of("vote.", "import.");

    @Test
    void a_count_before_a_plural_noun_agrees_with_its_number() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path file : englishBundles()) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                if (TEXT_ARGUMENTS.stream().noneMatch(key::startsWith) && !messages.getProperty(key).contains(",choice,")
                        && BARE_COUNT.matcher(messages.getProperty(key)).find()) {
                    bare.add(file.getFileName() + ": " + key + "=" + messages.getProperty(key));
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void every_choice_says_one_thing_for_one_and_another_for_none_and_many() throws IOException {
        for (Path file : englishBundles()) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (pattern.contains(",choice,") && pattern.contains("|1#1 ")) {
                    MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
                    Object[] one = {1, 1, 1, 1};
                    Object[] many = {1200, 1200, 1200, 1200};
                    assertThat(format.format(one)).as(key).doesNotMatch("(?s).*\\b1 [a-z]+s\\b.*");
                    assertThat(format.format(many)).as(key).contains("1,200");
                    assertThat(format.format(new Object[] {0, 0, 0, 0}).replace('0', '1')).as(key + ": none is plural")
                            .isNotEqualTo(format.format(one));
                }
            }
        }
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
