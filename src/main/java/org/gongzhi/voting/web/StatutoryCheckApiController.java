package org.gongzhi.voting.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.voting.tally.ArithmeticLine;
import org.gongzhi.voting.tally.MatterClass;
import org.gongzhi.voting.tally.StatutoryTally;
import org.gongzhi.voting.tally.TallyInput;

/** The statutory check for programs: send a vote's figures, get the verdict and its arithmetic. */
@RestController
@RequestMapping("/api/v1/votes")
class StatutoryCheckApiController {

    private final MessageSource messages;

    StatutoryCheckApiController(MessageSource messages) {
        this.messages = messages;
    }

    /** Open to every signed-in person (security turns the anonymous away): the law's arithmetic is public. */
    @PostMapping("/statutory-check")
    StatutoryCheckResult check(@RequestBody StatutoryCheckRequest request, Locale locale) {
        StatutoryTally tally = request.input().tally();
        return new StatutoryCheckResult(tally.matterClass(), tally.quorumMet(), tally.passed(),
                tally.arithmetic().stream().map(line -> StatutoryCheckLine.of(line, label(line, locale))).toList());
    }

    private String label(ArithmeticLine line, Locale locale) {
        return messages.getMessage("voting.test." + line.test(), null, locale);
    }

    /**
     * A vote's figures: head counts as whole numbers, areas as decimal text in m² ("36000.00") so that no floating
     * point touches them. Each is read as text and checked by {@link TallyInput}, which names the field it rejects.
     */
    record StatutoryCheckRequest(
            @Schema(type = "integer", description = "民法典 第278条 item, 1–9") String matterItem,
            @Schema(type = "integer", format = "int64") String totalOwners,
            @Schema(example = "36000.00") String totalArea,
            @Schema(type = "integer", format = "int64") String participatingOwners,
            @Schema(example = "24000.00") String participatingArea,
            @Schema(type = "integer", format = "int64") String agreeingOwners,
            @Schema(example = "18000.00") String agreeingArea) {

        TallyInput input() {
            return new TallyInput(matterItem, totalOwners, totalArea, participatingOwners, participatingArea,
                    agreeingOwners, agreeingArea);
        }
    }

    /** The verdict of 民法典 第278条 for one vote, with each test it took. */
    record StatutoryCheckResult(MatterClass matterClass, boolean quorumMet, boolean passed, List<StatutoryCheckLine> arithmetic) {
    }

    /**
     * One test: {@code left operator right}, in persons or, for the *_AREA tests, in hundredths of m²; the text
     * shows areas in m².
     */
    record StatutoryCheckLine(String test, long left, String operator, long right, boolean met, String text) {

        static StatutoryCheckLine of(ArithmeticLine line, String label) {
            return new StatutoryCheckLine(line.test().name(), line.left(), line.majority().comparison().symbol(), line.right(),
                    line.met(), label + " " + line.formula());
        }
    }
}
