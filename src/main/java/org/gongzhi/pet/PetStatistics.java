package org.gongzhi.pet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.domain.NotFound;

/**
 * The community's public pet figures: living pets by species, the commonest dog breeds, pets by grid, the share of
 * dogs that keep each rule, and census coverage. No household, name or number is in them.
 */
@Service
public class PetStatistics {

    private final JdbcClient jdbc;
    private final Pets pets;
    private final PetRules rules;
    private final Clock clock;

    PetStatistics(JdbcClient jdbc, Pets pets, PetRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.pets = pets;
        this.rules = rules;
        this.clock = clock;
    }

    /** Dogs counted, and how many keep each rule; {@code compliant} keep all of them. */
    public record DogCompliance(long dogs, long vaccinated, long registered, long compliant) {

        public int percent(long part) {
            return dogs == 0 ? 0 : (int) (part * 100 / dogs);
        }
    }

    public record Figures(Map<Species, Long> bySpecies, Map<String, Long> dogBreeds, Map<Integer, Long> byGrid,
            DogCompliance dogs, List<GridCoverage> coverage) {
    }

    /** The figures of the community with this code (for the public, who are signed in nowhere). */
    public Figures of(String communityCode) {
        return of(pets.community(communityCode).orElseThrow(() -> new NotFound("community " + communityCode)));
    }

    public Figures of(long communityId) {
        Map<Species, Long> bySpecies = new LinkedHashMap<>();
        for (Species s : Species.values()) {
            bySpecies.put(s, 0L);
        }
        jdbc.sql("select species, count(*) as n from pet where community_id = ? and status = 'LIVING' group by species")
                .params(communityId).query((rs, n) -> bySpecies.put(Species.valueOf(rs.getString("species")),
                        rs.getLong("n"))).list();
        Map<String, Long> breeds = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(breed, '') as breed, count(*) as n from pet where community_id = ? and status = 'LIVING'
                and species = 'DOG' group by coalesce(breed, '') order by count(*) desc, coalesce(breed, '') limit 10""")
                .params(communityId).query((rs, n) -> breeds.put(rs.getString("breed"), rs.getLong("n"))).list();
        Map<Integer, Long> byGrid = new LinkedHashMap<>();
        jdbc.sql("""
                select s.grid_number, count(*) as n from pet p join register_household h on h.id = p.household_id
                join register_stairwell s on s.id = h.stairwell_id where p.community_id = ? and p.status = 'LIVING'
                group by s.grid_number order by s.grid_number""").params(communityId)
                .query((rs, n) -> byGrid.put(rs.getInt("grid_number"), rs.getLong("n"))).list();
        return new Figures(bySpecies, breeds, byGrid, dogCompliance(communityId), pets.coverage(communityId));
    }

    /** The dogs of the community and how many keep each rule: the compliance figures alone. */
    public DogCompliance dogCompliance(long communityId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        List<Pet> dogs = pets.dogs(communityId);
        List<BannedBreed> banned = rules.banned(communityId);
        Map<Long, List<Pet>> households = dogs.stream().collect(Collectors.groupingBy(Pet::householdId));
        List<PetCompliance.Finding> findings = households.values().stream()
                .flatMap(h -> PetCompliance.findings(h, banned, today).stream()).toList();
        List<Pet> living = dogs.stream().filter(Pet::living).toList();
        long vaccinated = living.stream().filter(d -> !PetCompliance.rabiesOverdue(d, today)).count();
        Set<ComplianceIssue> licence = Set.of(ComplianceIssue.UNREGISTERED, ComplianceIssue.LICENCE_EXPIRED,
                ComplianceIssue.LICENCE_LAPSED);
        Set<Long> unregistered = findings.stream().filter(f -> licence.contains(f.issue()))
                .map(PetCompliance.Finding::petId).collect(Collectors.toSet());
        Set<Long> breaking = findings.stream().map(PetCompliance.Finding::petId).collect(Collectors.toSet());
        long registered = living.stream().filter(d -> !unregistered.contains(d.id())).count();
        long compliant = living.stream().filter(d -> !breaking.contains(d.id())).count();
        return new DogCompliance(living.size(), vaccinated, registered, compliant);
    }
}
