package org.gongzhi.deliberation.proposal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.community.Stairwells;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;

/** Checks the place a proposal names against the register; no place means the resident's own stairwell. */
@Component
public class ProposalPlaces {

    private final Stairwells stairwells;
    private final JdbcClient jdbc;

    ProposalPlaces(Stairwells stairwells, JdbcClient jdbc) {
        this.stairwells = stairwells;
        this.jdbc = jdbc;
    }

    /** The resident's own stairwell, where a proposal points unless they say otherwise. */
    public ProposalPlace home(Actor actor) {
        return actor.residentId() == null ? ProposalPlace.COMMUNITY : homeOf(actor.residentId());
    }

    /** The stairwell where the resident lives, or the whole community when the register knows none. */
    public ProposalPlace homeOf(long residentId) {
        return stairwells.codeWhereLives(residentId).map(code -> new ProposalPlace(ProposalPlace.Kind.STAIRWELL, code))
                .orElse(ProposalPlace.COMMUNITY);
    }

    public ProposalPlace resolve(Actor actor, ProposalPlace named) {
        if (named == null) {
            return home(actor);
        }
        boolean known = switch (named.kind()) {
            case STAIRWELL -> stairwellExists(named.code());
            case BUILDING -> buildingExists(actor.communityId(), named.code());
            case LANDMARK, COMMUNITY -> true;
        };
        if (!known) {
            throw InvalidInput.of("place", "proposal.validation.place." + named.kind(), named.code());
        }
        return named;
    }

    private boolean stairwellExists(String code) {
        try {
            stairwells.card(code, Optional.empty());
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    private boolean buildingExists(long communityId, String number) {
        return number.matches("\\d{1,4}") && jdbc.sql("""
                select count(*) from register_building where community_id = ? and number = ?""")
                .params(communityId, Integer.parseInt(number)).query(Long.class).single() > 0;
    }
}
