package org.gongzhi.voting.ballot;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.VotingPermissions;
import org.gongzhi.voting.vote.Vote;

/** Grid workers record how canvassing a unit went; VOTED is never recorded, it follows from the ballot. */
@Service
public class Canvassing {

    static final int MAX_NOTE = 200;

    private final JdbcClient jdbc;
    private final VotingPermissions permissions;
    private final Voting voting;
    private final Clock clock;

    Canvassing(JdbcClient jdbc, VotingPermissions permissions, Voting voting, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.voting = voting;
        this.clock = clock;
    }

    @Transactional
    public void record(Actor actor, long voteId, long unitId, CanvassStatus status, String note) {
        Vote vote = voting.visible(actor, voteId);
        vote.requireOpen();
        if (status == null || status == CanvassStatus.VOTED) {
            throw InvalidInput.of("status", "vote.validation.canvassStatus");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw InvalidInput.of("note", "validation.tooLong", MAX_NOTE);
        }
        long grid = jdbc.sql("""
                select s.grid_id from vote_elector_unit eu join register_unit u on u.id = eu.unit_id
                join register_stairwell s on s.id = u.stairwell_id
                where eu.vote_id = ? and eu.community_id = ? and eu.unit_id = ? limit 1""")
                .params(vote.id(), vote.communityId(), unitId).query(Long.class).optional().orElseThrow(() -> new NotFound("unit"));
        Permissions.require(permissions.mayCanvass(actor, grid));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = jdbc.sql("""
                update vote_canvass set status = ?, note = ?, updated_by = ?, updated_at = ?
                where vote_id = ? and community_id = ? and unit_id = ?""")
                .params(status.name(), text, actor.username(), now, vote.id(), vote.communityId(), unitId).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into vote_canvass (community_id, vote_id, unit_id, status, note, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(vote.communityId(), vote.id(), unitId, status.name(), text, actor.username(), now).update();
        }
    }
}
