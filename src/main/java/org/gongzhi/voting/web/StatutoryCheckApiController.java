package org.gongzhi.voting.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.voting.ArithmeticLine;
import org.gongzhi.voting.MatterClass;
import org.gongzhi.voting.StatutoryTally;
import org.gongzhi.voting.TallyInput;

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
    StatutoryCheckResult check(@RequestBody TallyInput input, Locale locale) {
        StatutoryTally tally = input.tally();
        return new StatutoryCheckResult(tally.matterClass(), tally.quorumMet(), tally.passed(),
                tally.arithmetic().stream().map(line -> Line.of(line, label(line, locale))).toList());
    }

    private String label(ArithmeticLine line, Locale locale) {
        return messages.getMessage("voting.test." + line.test(), null, locale);
    }

    /** The verdict of 民法典 第278条 for one vote, with each test it took. */
    record StatutoryCheckResult(MatterClass matterClass, boolean quorumMet, boolean passed, List<Line> arithmetic) {
    }

    /**
     * One test: {@code left operator right}, in persons or, for the *_AREA tests, in hundredths of m²; the text
     * shows areas in m².
     */
    record Line(String test, long left, String operator, long right, boolean met, String text) {

        static Line of(ArithmeticLine line, String label) {
            return new Line(line.test().name(), line.left(), line.majority().comparison().symbol(), line.right(),
                    line.met(), label + " " + line.formula());
        }
    }
}
