package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may read the SQLite file: the service's account alone for a new one; a loose existing one is told. */
class DatabaseFilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseAndItsFolderAreTheOwnersAlone() throws IOException {
        Path file = dir.resolve("data/readtrack.db");

        DataSourceConfiguration.Sqlite.createOwnerOnly(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    /** The service's log goes through an asynchronous appender: the rule is checked, not the line it writes. */
    @Test
    void anExistingDatabaseIsKeptAsItIsAndToldLooseWhenOthersMayReadIt() throws IOException {
        Path loose = Files.createFile(dir.resolve("loose.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path tight = Files.createFile(dir.resolve("tight.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));

        DataSourceConfiguration.Sqlite.createOwnerOnly(loose);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(loose))).isEqualTo("rw-r--r--");
        assertThat(DataSourceConfiguration.Sqlite.othersMayRead(loose)).isTrue();
        assertThat(DataSourceConfiguration.Sqlite.othersMayRead(tight)).isFalse();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedAsTheFolder() throws IOException {
        Path notAFolder = Files.createFile(dir.resolve("data"));

        assertThatThrownBy(
                () -> DataSourceConfiguration.Sqlite.createOwnerOnly(notAFolder.resolve("readtrack.db")))
                .hasMessageContaining("Cannot create the data directory");
    }
}
