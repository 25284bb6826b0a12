package dev.rallypoint.notification.preference;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreferenceRepository extends JpaRepository<Preferences, UUID> {

    List<Preferences> findByMemberIdIn(Collection<UUID> memberIds);
}
