package io.camelqonto.karaf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live Karaf with camel-karaf cannot be started by the build, so this test checks offline what would make
 * {@code feature:install camel-qonto} fail: a features file Karaf rejects, a feature on another Camel minor than the
 * bundle asks for, or a package the bundle imports that no bundle of the feature (nor Karaf itself) provides.
 */
class CamelQontoFeatureTest {

    private static final String FEATURES_NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";
    private static final String FEATURES_SCHEMA = "org/apache/karaf/features/karaf-features-1.6.0.xsd";
    private static final String BUNDLE_SYMBOLIC_NAME = "io.camelqonto.camel-qonto";
    /** Bundles of Karaf's own framework that export packages every feature may rely on. */
    private static final List<String> KARAF_FRAMEWORK_BUNDLES =
            List.of("mvn:org.ops4j.pax.logging/pax-logging-api/" + System.getProperty("pax-logging.version"));
    private static final Pattern MVN_URL = Pattern.compile("(?:wrap:)?mvn:([^/]+)/([^/]+)/([^/$]+)(\\$.*)?");

    private static Path featuresFile;
    private static Document features;
    private static Element feature;
    private static Manifest componentManifest;

    @BeforeAll
    static void readFeaturesAndBundle() throws Exception {
        featuresFile = Path.of(System.getProperty("features.file"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        features = factory.newDocumentBuilder().parse(featuresFile.toFile());
        feature = childElements(features.getDocumentElement(), "feature").stream()
                .filter(element -> element.getAttribute("name").equals("camel-qonto"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no feature camel-qonto in " + featuresFile));
        componentManifest = componentManifest();
    }

    @Test
    void featuresFileIsValidAgainstKarafsSchema() throws Exception {
        assertThat(features.getDocumentElement().getNamespaceURI()).isEqualTo(FEATURES_NAMESPACE);
        URL schema = CamelQontoFeatureTest.class.getClassLoader().getResource(FEATURES_SCHEMA);
        assertThat(schema).as("Karaf's features schema on the test class path").isNotNull();

        // throws with the line and the reason at the first violation
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(featuresFile.toFile()));
    }

    @Test
    void featureInstallsThisVersionOfTheBundleOnCamelKarafOfTheSameCamel() {
        String projectVersion = System.getProperty("project.version");
        String camelVersion = System.getProperty("camel.version");

        assertThat(feature.getAttribute("version")).isEqualTo(projectVersion);
        assertThat(childElements(features.getDocumentElement(), "repository")).extracting(Element::getTextContent)
                .containsExactly("mvn:org.apache.camel.karaf/apache-camel/" + camelVersion + "/xml/features");
        assertThat(childElements(feature, "bundle"))
                .filteredOn(bundle -> !Boolean.parseBoolean(bundle.getAttribute("dependency")))
                .extracting(Element::getTextContent)
                .containsExactly("mvn:io.camelqonto/camel-qonto/" + projectVersion);
    }

    @Test
    void camelCoreFeatureRangeIsTheRangeTheBundleImportsCamelWith() {
        Element camelCore = childElements(feature, "feature").stream()
                .filter(element -> element.getTextContent().equals("camel-core"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("camel-qonto does not depend on camel-core"));
        VersionRange featureRange = new VersionRange(camelCore.getAttribute("version"));

        Parameters imports = header(componentManifest, Constants.IMPORT_PACKAGE);
        Map<String, VersionRange> camelImports = new TreeMap<>();
        imports.forEach((pkg, attrs) -> {
            if (pkg.equals("org.apache.camel") || pkg.startsWith("org.apache.camel.")) {
                camelImports.put(pkg, new VersionRange(attrs.getVersion()));
            }
        });

        assertThat(camelImports).isNotEmpty();
        assertThat(camelImports.values()).extracting(VersionRange::toString)
                .containsOnly(featureRange.toString());
        assertThat(featureRange.includes(new Version(osgiVersion(System.getProperty("camel.version"))))).isTrue();
    }

    @Test
    void everyPackageTheBundleNeedsBeyondCamelComesFromTheFeatureOrKaraf() throws Exception {
        Map<String, List<Version>> exported = new TreeMap<>();
        List<String> providers = new ArrayList<>(KARAF_FRAMEWORK_BUNDLES);
        childElements(feature, "bundle").stream()
                .filter(bundle -> Boolean.parseBoolean(bundle.getAttribute("dependency")))
                .map(Element::getTextContent)
                .forEach(providers::add);
        for (String location : providers) {
            addExports(location, exported);
        }

        List<String> unsatisfied = new ArrayList<>();
        header(componentManifest, Constants.IMPORT_PACKAGE).forEach((pkg, attrs) -> {
            if (isOptional(attrs) || pkg.equals("org.apache.camel") || pkg.startsWith("org.apache.camel.")
                    || pkg.startsWith("io.camelqonto.") || isInJavaRuntime(pkg)) {
                return;
            }
            VersionRange range = new VersionRange(attrs.getVersion() == null ? "0.0.0" : attrs.getVersion());
            boolean provided = exported.getOrDefault(pkg, List.of()).stream().anyMatch(range::includes);
            if (!provided) {
                unsatisfied.add(pkg + " " + range + " (exported: " + exported.getOrDefault(pkg, List.of()) + ")");
            }
        });

        assertThat(unsatisfied).as("imports of %s no bundle provides", BUNDLE_SYMBOLIC_NAME).isEmpty();
    }

    @Test
    void bundleExportsOnlyItsOwnPackagesAtItsVersion() {
        Version bundleVersion = new Version(componentManifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
        Parameters exports = header(componentManifest, Constants.EXPORT_PACKAGE);

        assertThat(exports.keySet()).isNotEmpty().allMatch(pkg -> pkg.startsWith("io.camelqonto."));
        exports.forEach((pkg, attrs) -> assertThat(new Version(attrs.getVersion()))
                .as(pkg).isEqualTo(bundleVersion.getWithoutQualifier()));
        assertThat(componentManifest.getMainAttributes().getValue(Constants.REQUIRE_CAPABILITY))
                .contains("(osgi.ee=JavaSE)(version=17)");
    }

    /** Adds what a bundle location exports: its manifest's exports, or for wrap: what Karaf computes. */
    private static void addExports(String location, Map<String, List<Version>> exported) throws Exception {
        Matcher url = MVN_URL.matcher(location);
        assertThat(url.matches()).as("a mvn: location: %s", location).isTrue();
        File jar = classPathJar(url.group(2), url.group(3))
                .orElseThrow(() -> new AssertionError(location + " is not a dependency of this module at that version"));
        if (location.startsWith("wrap:")) {
            // Karaf's wrap: handler exports every package of the jar through bnd, which gives them no version
            try (Analyzer analyzer = new Analyzer(); Jar content = new Jar(jar)) {
                analyzer.setJar(content);
                new Parameters(analyzer.calculateExportsFromContents(content)).keySet()
                        .forEach(pkg -> add(exported, pkg, Version.emptyVersion));
            }
            return;
        }
        try (JarFile bundle = new JarFile(jar)) {
            Manifest manifest = bundle.getManifest();
            assertThat(manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME))
                    .as("%s is an OSGi bundle (else list it as wrap:)", location).isNotNull();
            // a package exported in several versions appears once per version, with a duplicate marker
            header(manifest, Constants.EXPORT_PACKAGE).forEach((pkg, attrs) -> add(exported,
                    Analyzer.removeDuplicateMarker(pkg),
                    attrs.getVersion() == null ? Version.emptyVersion : new Version(attrs.getVersion())));
        }
    }

    private static void add(Map<String, List<Version>> exported, String pkg, Version version) {
        exported.computeIfAbsent(pkg, key -> new ArrayList<>()).add(version);
    }

    private static Optional<File> classPathJar(String artifactId, String version) {
        String name = artifactId + "-" + version + ".jar";
        return classPath().stream().map(File::new).filter(file -> file.getName().equals(name)).findFirst();
    }

    private static List<String> classPath() {
        // surefire hands the test class path over in this property; java.class.path holds its booter jar
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(classPath.split(File.pathSeparator));
    }

    /** The component's manifest, whether the component is on the class path as a jar or as a classes folder. */
    private static Manifest componentManifest() throws IOException {
        for (URL url : Collections.list(CamelQontoFeatureTest.class.getClassLoader().getResources(JarFile.MANIFEST_NAME))) {
            try (InputStream in = url.openStream()) {
                Manifest manifest = new Manifest(in);
                if (BUNDLE_SYMBOLIC_NAME.equals(manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME))) {
                    return manifest;
                }
            }
        }
        throw new AssertionError("no manifest with Bundle-SymbolicName " + BUNDLE_SYMBOLIC_NAME
                + " on the class path: build camel-qonto-component in the same run");
    }

    private static Parameters header(Manifest manifest, String name) {
        String value = manifest.getMainAttributes().getValue(name);
        assertThat(value).as("%s header", name).isNotNull();
        return new Parameters(value);
    }

    private static boolean isOptional(Attrs attrs) {
        return "optional".equals(attrs.get(Constants.RESOLUTION_DIRECTIVE));
    }

    private static boolean isInJavaRuntime(String pkg) {
        return ModuleLayer.boot().modules().stream().anyMatch(module -> module.getPackages().contains(pkg));
    }

    private static String osgiVersion(String mavenVersion) {
        return mavenVersion.replaceFirst("-", ".");
    }

    private static List<Element> childElements(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && FEATURES_NAMESPACE.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(localName)) {
                children.add(element);
            }
        }
        return children;
    }
}
