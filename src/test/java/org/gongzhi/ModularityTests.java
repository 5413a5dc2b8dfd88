package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and docs/modules shows them as they are. */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(GongzhiApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_to_docs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
        assertThat(Files.readString(DOCS.resolve("components.puml"))).contains("Deliberation", "Voting", "Renewal");
    }

    /** The documenter lists relations in no fixed order; sorted, the files change only when the modules do. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations = new ArrayList<>(lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList());
        List<String> sorted = new ArrayList<>();
        for (String line : lines) {
            sorted.add(line.startsWith("Rel(") ? relations.removeFirst() : line);
        }
        Files.write(diagram, sorted);
    }
}
