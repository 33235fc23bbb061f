package org.readtrack.catalog;

import java.util.List;

/**
 * The catalog's contents whose title is close to one that matched none, for an import to take or to point out.
 *
 * @param alike   written alike once spaces and doubled letters are set aside: "Fullmetal Alchemist" for
 *                "Full Metal Alchemist", "Haikyu!!" for "Haikyuu!!"
 * @param similar one title the other's first or last words: "Omniscient Reader" for "Omniscient Reader's
 *                Viewpoint", "Sousou no Frieren" for "Frieren"; the closest in length first
 */
public record CloseTitles(List<TitleMatch> alike, List<TitleMatch> similar) {

    public static final CloseTitles NONE = new CloseTitles(List.of(), List.of());
}
