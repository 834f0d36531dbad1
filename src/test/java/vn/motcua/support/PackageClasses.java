package vn.motcua.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The compiled classes of one package (and below) for ArchUnit rules that only look at the names of
 * what they use: reading that one directory without resolving every dependency from the class path
 * takes milliseconds instead of seconds.
 */
public final class PackageClasses {

    private PackageClasses() {
    }

    public static JavaClasses of(Class<?> anchor, ImportOption... options) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
            for (ImportOption option : options) {
                importer = importer.withImportOption(option);
            }
            return importer.importPath(directoryOf(anchor));
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static Path directoryOf(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve(anchor.getPackageName().replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
