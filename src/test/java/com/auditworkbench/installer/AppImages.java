package com.auditworkbench.installer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * App-images built in a test, with the installer's own build ({@code installer/InstallerBuild.java}, which
 * {@code -Pinstaller} runs on the packaged jar): here from this build's classes and the runtime libraries on the
 * test's class path, because tests run before the jar exists.
 */
public final class AppImages {

    /** What the launcher is called inside the image (jpackage's --name). */
    public static final String LAUNCHER = "bin/Audit Workbench";

    private static final List<String> TEST_LIBRARIES = List.of("/org/junit/", "/org/assertj/", "/org/testfx/",
            "/com/tngtech/archunit/", "/org/opentest4j/", "/org/apiguardian/", "/org/hamcrest/", "/net/bytebuddy/",
            "surefire");

    private AppImages() {
    }

    /** Builds {@code folder/installer/app-image}; with class-data sharing, its training run and archive too. */
    public static Path build(Path folder, boolean classDataSharing)
            throws IOException, InterruptedException, URISyntaxException {
        Path jar = Files.createDirectories(folder).resolve("audit-workbench.jar");
        writeJar(classesFolder(), jar, path -> true, "com.auditworkbench.app.Launcher");
        Path lib = Files.createDirectories(folder.resolve("lib"));
        for (Path dependency : runtimeLibraries()) {
            Files.copy(dependency, lib.resolve(dependency.getFileName()));
        }
        Path out = folder.resolve("installer");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Commands.run(List.of(java, "installer/InstallerBuild.java", "--app-version", "0.0.1", "--jar", jar.toString(),
                "--lib", lib.toString(), "--out", out.toString(), "--types", "app-image",
                "--cds", Boolean.toString(classDataSharing)), Map.of(), Duration.ofSeconds(600));
        return out.resolve("app-image");
    }

    /** target/classes (or the folder -Dawb.buildDir chose). */
    public static Path classesFolder() throws URISyntaxException {
        return Path.of(AppImages.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                .resolve("classes");
    }

    /** The jars on the test's class path that the application ships: all but the test libraries. */
    public static List<Path> runtimeLibraries() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String normalized = entry.replace('\\', '/');
            if (entry.endsWith(".jar") && TEST_LIBRARIES.stream().noneMatch(normalized::contains)) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    public static void writeJar(Path classes, Path jar, java.util.function.Predicate<Path> include, String mainClass)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> !p.equals(classes)).filter(include).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                // Folder entries too, as Maven's jar has them: Flyway finds db/migration through them.
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
    }

    /** Every path under a folder with its size and time (folders by name only: their time follows their files). */
    public static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(folder.relativize(file).toString(), attributes.isDirectory() ? "folder"
                        : attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return files;
    }
}
