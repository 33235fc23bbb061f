package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FR        | fr
            fr        | fr
            Français  | fr
            francais  | fr
            French    | fr
            ' en '    | en
            Anglais   | en
            Japanese  | ja
            Japonais  | ja
            JP        | ja
            jpn       | ja
            Coréen    | ko
            KR        | ko
            Chinois   | zh
            Allemand  | de
            Español   | es
            日本語     | ja
            Klingon   | Klingon
            VF        | VF
            VO        | VO
            UK        | UK
            AR        | AR
            Ukrainian | uk
            Portugais | pt
            PT        | pt
            """)
    void aLanguageWrittenAsSpreadsheetsDoBecomesTheCatalogsCode(String written, String code) {
        assertThat(LanguageCodes.code(written)).isEqualTo(code);
    }
}
