package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import org.gongzhi.shared.domain.Labelled;

/** Every constant of every labelled enum has its label ({@code SimpleName.CONSTANT}) in Chinese and English. */
class LabelledEnumsTest {

    @Test
    void every_labelled_constant_has_a_label_in_both_languages() throws Exception {
        Properties chinese = bundles("");
        Properties english = bundles("_en");
        List<String> missing = new ArrayList<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        for (BeanDefinition found : scanner.findCandidateComponents("org.gongzhi")) {
            Class<?> type = ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labelled) constant).labelKey();
                if (!chinese.containsKey(key)) {
                    missing.add(key + " (zh)");
                }
                if (!english.containsKey(key)) {
                    missing.add(key + " (en)");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every bundle the application reads, as {@code spring.messages.basename} lists them. */
    private static Properties bundles(String suffix) throws IOException {
        Properties application = load("application.properties");
        Properties all = new Properties();
        for (String base : application.getProperty("spring.messages.basename").split(",")) {
            all.putAll(load(base.strip() + suffix + ".properties"));
        }
        return all;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelledEnumsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
