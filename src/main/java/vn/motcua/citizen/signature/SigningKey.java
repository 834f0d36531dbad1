package vn.motcua.citizen.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The commune's private key and certificate chain, loaded once from the configured PKCS#12 keystore. */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final Optional<Loaded> loaded;

    record Loaded(PrivateKey key, List<X509Certificate> chain) {
        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    SigningKey(SigningProperties properties, Clock clock) {
        this.loaded = properties.enabled() ? Optional.of(load(properties, clock)) : Optional.empty();
    }

    Optional<Loaded> get() {
        return loaded;
    }

    private static Loaded load(SigningProperties properties, Clock clock) {
        Path file = Path.of(properties.keystore());
        char[] password = properties.password() == null ? new char[0] : properties.password().toCharArray();
        try {
            if (!Files.exists(file) && properties.generateDemo()) {
                generateDemo(file, properties, password, clock.instant());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            PrivateKey key = (PrivateKey) store.getKey(properties.alias(), password);
            Certificate[] chain = store.getCertificateChain(properties.alias());
            if (key == null || chain == null) {
                throw new IllegalStateException("keystore " + file + " has no key entry " + properties.alias());
            }
            return new Loaded(key, java.util.Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the signing keystore " + file, e);
        }
    }

    /** A self-signed certificate marked DEMO: it proves the mechanism, not the commune's identity. */
    private static void generateDemo(Path file, SigningProperties properties, char[] password, Instant now)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + properties.signerName() + " (DEMO),O=MotCua demo,C=VN");
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                            subject, pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(properties.alias(), pair.getPrivate(), password, new Certificate[] {certificate});
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Written aside and moved into place: a second node starting at the same time in the same
            // directory either finds the whole file or loses the move and uses the first node's key.
            Path written = Files.createTempFile(parent == null ? Path.of(".") : parent, "demo-signing", ".p12");
            try (OutputStream out = Files.newOutputStream(written)) {
                store.store(out, password);
            }
            try {
                Files.move(written, file);
                log.warn("Generated a DEMO signing keystore at {}: not valid for real papers", file.toAbsolutePath());
            } catch (java.nio.file.FileAlreadyExistsException e) {
                Files.deleteIfExists(written);
            }
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
