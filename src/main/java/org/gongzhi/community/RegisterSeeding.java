package org.gongzhi.community;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.internal.AoyuanRegister;

/** Fills an empty register with the Aoyuan residential area of the seed article. */
@Service
public class RegisterSeeding {

    private final JdbcClient jdbc;
    private final AoyuanRegister aoyuan;

    RegisterSeeding(JdbcClient jdbc, AoyuanRegister aoyuan) {
        this.jdbc = jdbc;
        this.aoyuan = aoyuan;
    }

    public boolean registerIsEmpty() {
        return jdbc.sql("select count(*) from community").query(Long.class).single() == 0;
    }

    /** Seeds Aoyuan when the register is empty; does nothing otherwise. */
    @Transactional
    public Optional<AoyuanSeed> seedAoyuanIfEmpty() {
        return registerIsEmpty() ? Optional.of(aoyuan.seed()) : Optional.empty();
    }
}
